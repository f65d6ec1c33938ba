using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Api;

/// <summary>Every error of /api as RFC 9457 problem details, in Dutch.</summary>
public static class ApiFouten
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static IResult Probleem(int status, string titel, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: titel);

    public static Task SchrijfAsync(HttpContext context, int status, string titel, string detail)
    {
        context.Response.StatusCode = status;
        return Probleem(status, titel, detail).ExecuteAsync(context);
    }

    /// <summary>
    /// After the pipeline: an /api request nothing answered (an unknown path, a wrong method) gets problem details
    /// instead of the HTML error page.
    /// </summary>
    public static async Task ZonderAntwoordAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsApi(context))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } paginas) paginas.Enabled = false;
        await next(context);
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted)
        {
            // 400 here: the framework could not read the request (a body that is no JSON, say).
            var (titel, detail) = context.Response.StatusCode switch
            {
                404 => ("Niet gevonden", "Dit adres bestaat niet in de API."),
                400 => ("Ongeldig verzoek", "Het verzoek kon niet worden gelezen. Stuur geldige JSON met Content-Type application/json."),
                _ => ("Niet gevonden", "Dit verzoek wordt niet ondersteund."),
            };
            await SchrijfAsync(context, context.Response.StatusCode, titel, detail);
        }
    }
}

/// <summary>401 and 403 on /api as problem details (with the WWW-Authenticate header RFC 6750 asks); elsewhere the default.</summary>
public sealed class ApiAutorisatieAfhandeling : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _standaard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!ApiFouten.IsApi(context) || result.Succeeded) return _standaard.HandleAsync(next, context, policy, result);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } paginas) paginas.Enabled = false;
        if (result.Forbidden)
        {
            var scope = string.Join(' ', policy.Requirements.OfType<ScopeVereiste>().Select(v => v.Scope));
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"";
            return ApiFouten.SchrijfAsync(context, StatusCodes.Status403Forbidden, "Geen toegang",
                $"Het toegangstoken geeft geen recht op dit verzoek; daarvoor is de scope {scope} nodig.");
        }
        var metToken = context.Request.Headers.Authorization.Count > 0;
        context.Response.Headers.WWWAuthenticate = metToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        return ApiFouten.SchrijfAsync(context, StatusCodes.Status401Unauthorized, "Niet aangemeld", metToken
            ? "Het toegangstoken is ongeldig of verlopen. Vraag een nieuw token aan bij /connect/token."
            : "Stuur een toegangstoken mee (Authorization: Bearer ...). Vraag het aan bij /connect/token.");
    }
}

/// <summary>The per-client limit of the API: a fixed window per client_id (the access token's client), 429 as problem details.</summary>
public sealed class ApiRem(IOptions<ApiOptions> opties) : IRateLimiterPolicy<string>
{
    public const string Naam = "api";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, _) =>
    {
        var http = rejected.HttpContext;
        var wacht = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var w) ? (int)Math.Ceiling(w.TotalSeconds) : 60;
        http.Response.Headers.RetryAfter = wacht.ToString();
        await ApiFouten.SchrijfAsync(http, StatusCodes.Status429TooManyRequests, "Te veel verzoeken",
            $"Deze client heeft te veel verzoeken gedaan. Probeer het over {wacht} seconden opnieuw.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var client = ApiAanroeper.Client(httpContext.User) is { Length: > 0 } c ? c : "anoniem";
        return RateLimitPartition.GetFixedWindowLimiter("api " + client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = opties.Value.Verzoeken,
            Window = opties.Value.Venster,
            QueueLimit = 0,
        });
    }
}

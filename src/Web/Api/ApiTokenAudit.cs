using Besluitvorming.Web.Data;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Besluitvorming.Web.Api;

/// <summary>Writes a row for each sign-in that issued tokens: client, subject, grant type, which kinds, scopes. Never a token.</summary>
public sealed class ApiTokenAudit(BesluitvormingDbContext db, TimeProvider klok) : IOpenIddictServerHandler<ProcessSignInContext>
{
    // After OpenIddict generated the tokens and before it writes the response (which ends the sign-in's handler chain).
    public static OpenIddictServerHandlerDescriptor Beschrijving { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .UseScopedHandler<ApiTokenAudit>()
        .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.IsRejected) return;
        var soorten = new List<string>();
        if (context.AccessToken is not null) soorten.Add("access_token");
        if (context.RefreshToken is not null) soorten.Add("refresh_token");
        if (context.AuthorizationCode is not null) soorten.Add("authorization_code");
        if (context.IdentityToken is not null) soorten.Add("id_token");
        if (context.DeviceCode is not null) soorten.Add("device_code");
        if (soorten.Count == 0) return;
        var principal = context.AccessTokenPrincipal ?? context.AuthorizationCodePrincipal ?? context.Principal;
        var client = context.Request?.ClientId ?? principal?.GetClaim(OpenIddictConstants.Claims.Private.Presenter) ?? "";
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        db.ApiAuditregels.Add(ApiAuditregel.TokenUitgegeven(klok.GetUtcNow().UtcDateTime, client,
            principal?.GetClaim(OpenIddictConstants.Claims.Subject), context.Request?.GrantType ?? context.Request?.ResponseType,
            soorten, principal?.GetScopes() ?? [], http?.TraceIdentifier));
        await db.SaveChangesAsync(http?.RequestAborted ?? default);
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit.Sso;
using Besluitvorming.Web.Productie;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using Scalar.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Api;

/// <summary>
/// The API for Woo platforms: the app is the OpenIddict authorization server of its own API (client credentials at
/// <c>/connect/token</c>, stores in the app's database) and validates those tokens on <c>/api/v1</c>. The OpenAPI
/// document is at <c>/openapi/v1.json</c>, its reference page at <c>/scalar</c>.
/// </summary>
public static class ApiExtensions
{
    public const string ScopeBesluitenLezen = "besluiten.lezen";

    /// <summary>Development and the tests use OpenIddict's development certificates and plain HTTP; every other environment the configured ones.</summary>
    private static bool Ontwikkeling(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<ApiOptions>().BindEnControleer(configuration, ApiOptions.Sectie).ValidateDataAnnotations()
            .Validate(o => o.Clients.Count == 0 || o.VerantwoordelijkeOrganisatie is { Length: > 0 },
                "Vul Api:VerantwoordelijkeOrganisatie in (bijvoorbeeld het RSIN van de gemeente): er zijn API-clients geregistreerd.");

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<BesluitvormingDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(ApiScopes.Namen);
                o.VoegGebruikersflowsToe();
                o.AddEventHandler(ApiTokenAudit.Beschrijving);
                if (Ontwikkeling(env)) o.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                var aspnet = o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (Ontwikkeling(env)) aspnet.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                // Each request checks the token's entry in the database: a revoked token, or one of a deleted client, no longer works.
                o.EnableTokenEntryValidation();
                o.UseAspNetCore();
            })
            .AddSso(configuration, env);
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<ApiOptions>, IHostEnvironment, ILoggerFactory>((o, api, omgeving, logs) =>
        {
            o.AccessTokenLifetime = api.Value.TokenLevensduur;
            Autorisatieserver.Stel(o, api.Value);
            if (!Ontwikkeling(omgeving)) VoegCertificatenToe(o, api.Value, logs.CreateLogger("Besluitvorming.Api"));
        });

        ApiScopes.VoegBeleidToe(services.AddAuthorizationBuilder());
        ApiAudit.VoegToe(services);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAutorisatieAfhandeling>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, ApiRem>(ApiRem.Naam));
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                BeschrijfToegang(document);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operatie, context, _) =>
            {
                // Each operation names the scope its policy asks for.
                var scopes = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy)
                    .OfType<string>().Where(p => p.StartsWith(ApiScopes.Beleid(""), StringComparison.Ordinal))
                    .Select(p => p[ApiScopes.Beleid("").Length..]).Distinct().ToList();
                if (scopes.Count > 0)
                    operatie.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("oauth2", context.Document)] = scopes }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>
    /// The document names the API and how to get in: OAuth 2.0 client credentials for systems, the authorization code
    /// flow (PKCE S256 required) for applications acting for a user; both with the scopes of ApiScopes.
    /// </summary>
    private static void BeschrijfToegang(OpenApiDocument document)
    {
        document.Info.Title = "Besluitvorming API";
        document.Info.Description = "Gepubliceerde besluiten, voorstellen en vergaderingen voor Woo-platforms en andere systemen. "
                                    + "Een systeem vraagt een token aan bij /connect/token (client credentials); een toepassing die namens "
                                    + "een gebruiker werkt gebruikt de autorisatiecode-flow met PKCE (S256) via /connect/authorize en ziet "
                                    + "dan wat die gebruiker ziet. Vraag de scope die een operatie noemt en stuur het token mee als Bearer-token.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["oauth2"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = ApiScopes.Bekend.ToDictionary(s => s.Naam, s => s.Omschrijving),
                },
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = ApiScopes.Bekend.ToDictionary(s => s.Naam, s => s.Omschrijving),
                },
            },
        };
    }

    private static void VoegCertificatenToe(OpenIddictServerOptions o, ApiOptions api, ILogger logger)
    {
        if (api.Ondertekeningscertificaat is { Length: > 0 } ondertekening && api.Versleutelingscertificaat is { Length: > 0 } versleuteling)
        {
            var teken = X509CertificateLoader.LoadPkcs12FromFile(ondertekening, api.OndertekeningscertificaatWachtwoord);
            var sleutel = X509CertificateLoader.LoadPkcs12FromFile(versleuteling, api.VersleutelingscertificaatWachtwoord);
            o.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(teken), SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(new X509SecurityKey(sleutel),
                SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            return;
        }
        // Not silent, and not fatal for an installation that does not use the API yet: tokens then hold only on
        // this instance until it restarts.
        logger.LogWarning("Api:Ondertekeningscertificaat en Api:Versleutelingscertificaat zijn niet ingesteld: API-tokens worden "
            + "met tijdelijke sleutels gemaakt en gelden alleen op deze instantie tot een herstart.");
        o.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));
        o.EncryptionCredentials.Add(new EncryptingCredentials(new RsaSecurityKey(RSA.Create(2048)),
            SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.Use(ApiFouten.ZonderAntwoordAsync);
        app.Use(ScalarMagInlineScriptAsync);
        app.MapSso();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        var v1 = app.MapGroup("/api/v1").RequireAuthorization(ApiScopes.BeleidToken).RequireRateLimiting(ApiRem.Naam)
            .AddEndpointFilter<ApiSchrijfactieFilter>();
        BesluitenApi.Map(v1.MapGroup("").RequireAuthorization(ApiScopes.Beleid(ScopeBesluitenLezen)));
        VoorstellenApi.Map(v1);
        VergaderingenApi.Map(v1);
        // A path under /api/v1 that does not exist: 404 problem details (after the token check, like every API path).
        v1.MapFallback(() => ApiFouten.Probleem(StatusCodes.Status404NotFound, "Niet gevonden", "Dit adres bestaat niet in de API."))
            .ExcludeFromDescription();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Besluitvorming API").DisableDefaultFonts()).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Scalar's page (its scripts are served from the package, no CDN) starts itself with one inline module script:
    /// only that page may run inline scripts.
    /// </summary>
    private static Task ScalarMagInlineScriptAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/scalar"))
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";
        return next(context);
    }

    /// <summary>
    /// The token endpoint after OpenIddict has checked the request: a known client, its secret, and scopes it is
    /// permitted. A client_credentials token names the client; a code or refresh token names the user.
    /// </summary>
    private static async Task<IResult> TokenAsync(HttpContext http, IOpenIddictApplicationManager clients)
    {
        var verzoek = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenIddict-verzoek.");
        if (!verzoek.IsClientCredentialsGrantType()) return await Autorisatieserver.GebruikerstokenAsync(http);
        var client = await clients.FindByClientIdAsync(verzoek.ClientId!, http.RequestAborted)
                     ?? throw new InvalidOperationException("OpenIddict liet een onbekende client door.");
        var identiteit = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, verzoek.ClientId);
        identiteit.SetClaim(Claims.Name, await clients.GetDisplayNameAsync(client, http.RequestAborted));
        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identiteit), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}

using Besluitvorming.Web.Productie;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>
/// Single sign-on: the app is an OpenIddict client (authorization code with PKCE, state and nonce) of the municipality's
/// OpenID Connect provider, beside the OpenIddict server of its own API. The client is always registered (its endpoints
/// answer nothing useful without a provider); the provider comes from the settings (<see cref="SsoOptions"/>) when
/// <c>Sso:Ingeschakeld</c> is on. State tokens are protected with the app's Data Protection keys (shared by every
/// instance through the database) and stored once in OpenIddict's token table, so a replayed callback is refused.
/// </summary>
public static class SsoExtensions
{
    public const string Terugadres = "inloggen/sso/terug";
    public const string UitgelogdTerugadres = "uitloggen/sso/terug";

    /// <summary>A provider on plain HTTP is accepted only here (the tests' own provider); elsewhere it must be HTTPS.</summary>
    private static bool Ontwikkeling(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static OpenIddictBuilder AddSso(this OpenIddictBuilder builder, IConfiguration configuration, IHostEnvironment env)
    {
        var services = builder.Services;
        services.AddOptions<SsoOptions>().BindEnControleer(configuration, SsoOptions.Sectie)
            .Validate(o => !o.Ingeschakeld || !o.IsHttp || Ontwikkeling(env),
                "Sso:Authority: het adres van de identity provider moet met https:// beginnen (http alleen in Development en Testing).");
        services.AddScoped<SsoAanmelding>();

        builder.AddClient(o =>
        {
            o.AllowAuthorizationCodeFlow();
            o.SetRedirectionEndpointUris(Terugadres);
            o.SetPostLogoutRedirectionEndpointUris(UitgelogdTerugadres);
            // Required by OpenIddict, used for nothing here: state tokens are Data Protection tokens (below), and the
            // client authenticates with its secret. A symmetric key and an EC key: the default RSA keys cost two RSA-2048
            // key generations at every start, most of a warm restart's CPU (issue 12, P4), for keys nothing uses.
            o.AddEphemeralEncryptionKey(Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256KW)
                .AddEphemeralSigningKey(Microsoft.IdentityModel.Tokens.SecurityAlgorithms.EcdsaSha256);
            o.UseDataProtection();
            o.UseSystemNetHttp();
            var aspnet = o.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                .EnablePostLogoutRedirectionEndpointPassthrough()
                // A refused callback (tampered state, wrong nonce, provider error) reaches SsoEndpoints, which answers
                // with the login page and a Dutch message instead of OpenIddict's bare error page.
                .EnableErrorPassthrough()
                .DisableAutomaticAuthenticationSchemeForwarding();
            if (Ontwikkeling(env)) aspnet.DisableTransportSecurityRequirement();
        });
        services.AddOptions<OpenIddictClientOptions>().Configure<IOptions<SsoOptions>>((o, sso) =>
        {
            if (!sso.Value.Ingeschakeld || !Uri.TryCreate(sso.Value.Authority, UriKind.Absolute, out var authority)) return;
            var registratie = new OpenIddictClientRegistration
            {
                Issuer = authority,
                ClientId = sso.Value.ClientId,
                ClientSecret = sso.Value.ClientSecret,
                RedirectUri = new Uri(Terugadres, UriKind.Relative),
                PostLogoutRedirectUri = new Uri(UitgelogdTerugadres, UriKind.Relative),
                ProviderDisplayName = sso.Value.Weergavenaam,
            };
            registratie.Scopes.Add(Scopes.OpenId);
            registratie.Scopes.UnionWith(sso.Value.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)));
            o.Registrations.Add(registratie);
        });
        return builder;
    }
}

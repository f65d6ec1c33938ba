using Microsoft.AspNetCore;
using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// A real OpenID Connect provider for the tests: an OpenIddict server in a host of its own (Kestrel on a free
/// 127.0.0.1 port, its own SQLite file), with authorization code + PKCE, discovery, JWKS and an end-session endpoint.
/// Its login needs no form: the authorization endpoint signs in <see cref="Gebruiker"/> at once, as a provider does
/// for someone who already has a session there. Plain HTTP is allowed here only (DisableTransportSecurityRequirement).
/// </summary>
public sealed class TestProvider : IAsyncDisposable
{
    public const string ClientId = "besluitvorming";
    public const string ClientSecret = "besluitvorming-geheim";

    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "provider-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri Issuer { get; private set; } = null!;

    /// <summary>Who the provider signs in at the next authorization request.</summary>
    public TestGebruiker? Gebruiker { get; set; }

    /// <summary>On: the next id_token carries another nonce than the app asked for (a token meant for another request).</summary>
    public bool VervalsNonce { get; set; }

    /// <summary>Authorization requests seen, with their query (PKCE, state, nonce).</summary>
    public List<IQueryCollection> Autorisaties { get; } = [];

    /// <summary>The id_token_hint of every request that reached the end-session endpoint.</summary>
    public List<string?> Uitloggingen { get; } = [];

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_map);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = _map });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={Path.Combine(_map, "provider.db")}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], MeldAan);
        _app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], MeldAf);
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        await _app.StartAsync();
        var adres = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Issuer = new Uri(adres.TrimEnd('/') + "/");
    }

    /// <summary>Registers the app as a confidential client with its redirect URIs (known once the app listens).</summary>
    public async Task RegistreerAppAsync(Uri app)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await clients.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(app, "inloggen/sso/terug") },
            PostLogoutRedirectUris = { new Uri(app, "uitloggen/sso/terug") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private IResult MeldAan(HttpContext http)
    {
        Autorisaties.Add(http.Request.Query);
        var verzoek = http.GetOpenIddictServerRequest()!;
        var g = Gebruiker ?? throw new InvalidOperationException("De test noemde geen gebruiker voor de provider.");
        var identiteit = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, g.Subject).SetClaim(Claims.Email, g.Email).SetClaim(Claims.Name, g.Naam)
            .SetClaim(Claims.PreferredUsername, g.Gebruikersnaam);
        identiteit.SetClaims("groups", [.. g.Groepen]);
        if (g.EmailBevestigd is { } bevestigd)
            identiteit.AddClaim(new Claim(Claims.EmailVerified, bevestigd ? "true" : "false", ClaimValueTypes.Boolean));
        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        if (VervalsNonce) verzoek.Nonce = "nonce-van-een-ander-verzoek";
        return Results.SignIn(new ClaimsPrincipal(identiteit), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private IResult MeldAf(HttpContext http)
    {
        Uitloggingen.Add(http.GetOpenIddictServerRequest()!.IdTokenHint);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}

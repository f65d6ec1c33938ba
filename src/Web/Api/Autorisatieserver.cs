using System.Security.Claims;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Besluitvorming.Web.Api;

/// <summary>
/// The flows in which a client acts for a signed-in user: authorization code with PKCE (S256 only; consent at
/// <c>/connect/authorize</c>, Pages/Connect/Authorize), refresh tokens with strict rotation, and revocation and
/// introspection for confidential clients, each for its own tokens only, and sign-out from a client
/// (<c>/connect/endsession</c>, Pages/Connect/Endsession) back to a registered post-logout URI.
/// </summary>
public static class Autorisatieserver
{
    public const string AutorisatiePad = "connect/authorize";
    public const string IntrospectiePad = "connect/introspect";
    public const string IntrekkingsPad = "connect/revoke";
    public const string UitlogPad = "connect/endsession";

    public static OpenIddictServerBuilder VoegGebruikersflowsToe(this OpenIddictServerBuilder o)
    {
        o.SetAuthorizationEndpointUris(AutorisatiePad)
            .SetIntrospectionEndpointUris(IntrospectiePad)
            .SetRevocationEndpointUris(IntrekkingsPad)
            .SetEndSessionEndpointUris(UitlogPad)
            .AllowAuthorizationCodeFlow()
            .RequireProofKeyForCodeExchange()
            .AllowRefreshTokenFlow()
            .RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess);
        // OpenIddict lets any confidential client introspect or revoke a token that names no audience (ours name none):
        // here a client only ever learns about, or revokes, a token issued to itself.
        o.AddEventHandler<ValidateIntrospectionRequestContext>(h => h.UseInlineHandler(c =>
        {
            if (!c.GenericTokenPrincipal!.HasPresenter(c.ClientId!)) c.Reject(Errors.InvalidToken, "Dit token is niet aan deze client uitgegeven.");
            return default;
        }).SetOrder(OpenIddictServerHandlers.Introspection.ValidateAuthorizedParty.Descriptor.Order + 1));
        o.AddEventHandler<ValidateRevocationRequestContext>(h => h.UseInlineHandler(c =>
        {
            if (!c.GenericTokenPrincipal!.HasPresenter(c.ClientId!)) c.Reject(Errors.InvalidToken, "Dit token is niet aan deze client uitgegeven.");
            return default;
        }).SetOrder(OpenIddictServerHandlers.Revocation.ValidateAuthorizedParty.Descriptor.Order + 1));
        return o;
    }

    public static void Stel(OpenIddictServerOptions o, ApiOptions api)
    {
        o.RefreshTokenLifetime = api.VernieuwingstokenLevensduur;
        // Rolling refresh tokens (OpenIddict's default): each use gives a new one. With no leeway a used refresh token is
        // refused at once, and its reuse revokes the whole chain (a stolen token is worth nothing once either side uses it).
        o.RefreshTokenReuseLeeway = api.VernieuwingstokenMarge > TimeSpan.Zero ? api.VernieuwingstokenMarge : null;
        // "plain" sends the verifier itself: only S256 protects a code that is intercepted.
        o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
    }

    /// <summary>
    /// For a page whose form answers an OpenIddict request: the request's parameters to post back (OpenIddict checks the
    /// request again on the POST), and a CSP that lets the form's redirect end at the client's address.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FormulierVoorClient(HttpContext http, string? terugNaar)
    {
        if (Uri.TryCreate(terugNaar, UriKind.Absolute, out var terug))
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                + $"frame-ancestors 'none'; form-action 'self' {terug.GetLeftPart(UriPartial.Authority)}";
        http.Response.Headers.CacheControl = "no-store";
        return http.Request.Query.SelectMany(p => p.Value.Select(w => KeyValuePair.Create(p.Key, w ?? ""))).ToList();
    }

    /// <summary>What a user consents to, in Dutch, per scope (the API's scopes from <see cref="ApiScopes"/>).</summary>
    public static string Omschrijving(string scope) => scope switch
    {
        Scopes.OpenId => "uw identiteit (gebruikersnaam) bevestigen",
        Scopes.OfflineAccess => "blijven werken als u niet aangemeld bent, tot u de toestemming intrekt of het vernieuwingstoken verloopt",
        _ => ApiScopes.Bekend.FirstOrDefault(s => s.Naam == scope) is { Naam: not null } s ? s.Toestemming : scope,
    };

    /// <summary>
    /// The token for a user: subject and name in the access token (and the identity token when openid was asked), the
    /// scopes granted, and the authorization it belongs to (so revoking that authorization revokes its tokens).
    /// </summary>
    public static ClaimsPrincipal Principal(Gebruiker gebruiker, IEnumerable<string> scopes, string? autorisatieId)
    {
        var identiteit = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, gebruiker.Id);
        identiteit.SetClaim(Claims.Name, gebruiker.UserName);
        identiteit.SetScopes(scopes);
        identiteit.SetAuthorizationId(autorisatieId);
        identiteit.SetDestinations(c => c.Type == Claims.Name && !c.Subject!.HasScope(Scopes.OpenId)
            ? [Destinations.AccessToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identiteit);
    }

    /// <summary>
    /// The token endpoint for a code or refresh token OpenIddict has already checked: the user must still exist and be
    /// allowed to sign in (someone who left loses the client's access at its next refresh).
    /// </summary>
    public static async Task<IResult> GebruikerstokenAsync(HttpContext http)
    {
        var resultaat = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var gebruikers = http.RequestServices.GetRequiredService<UserManager<Gebruiker>>();
        var aanmelden = http.RequestServices.GetRequiredService<SignInManager<Gebruiker>>();
        if (resultaat.Principal?.GetClaim(Claims.Subject) is not { } id || await gebruikers.FindByIdAsync(id) is not { } gebruiker
            || !await aanmelden.CanSignInAsync(gebruiker))
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Het account bestaat niet meer of mag niet meer inloggen.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        return Results.SignIn(Principal(gebruiker, resultaat.Principal.GetScopes(), resultaat.Principal.GetAuthorizationId()),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}

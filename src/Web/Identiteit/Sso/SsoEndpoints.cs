using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using Tokens = OpenIddict.Client.AspNetCore.OpenIddictClientAspNetCoreConstants.Tokens;
using Eigenschappen = OpenIddict.Client.AspNetCore.OpenIddictClientAspNetCoreConstants.Properties;

namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>
/// The browser's way through single sign-on: the button on the login page posts to <c>/inloggen/sso</c> (a challenge
/// that sends it to the provider), the provider sends it back to <c>/inloggen/sso/terug</c>, and after a sign-out at the
/// provider to <c>/uitloggen/sso/terug</c>. Every refusal ends on the login page with a Dutch message.
/// </summary>
public static class SsoEndpoints
{
    private const string Schema = OpenIddictClientAspNetCoreDefaults.AuthenticationScheme;

    public static WebApplication MapSso(this WebApplication app)
    {
        app.MapPost("/inloggen/sso", StartAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/" + SsoExtensions.Terugadres, [HttpMethods.Get, HttpMethods.Post], TerugAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/" + SsoExtensions.UitgelogdTerugadres, [HttpMethods.Get, HttpMethods.Post], UitgelogdAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A POST with the login form's antiforgery token: a link elsewhere cannot start a sign-in. The provider's discovery
    /// document is read first (OpenIddict caches it), so an unreachable provider gets the login page with a Dutch message
    /// instead of OpenIddict's bare English error.
    /// </summary>
    private static async Task<IResult> StartAsync(HttpContext http, IAntiforgery antiforgery, IOptions<SsoOptions> sso,
        OpenIddictClientService client, ILogger<SsoAanmelding> logger)
    {
        if (!sso.Value.Ingeschakeld) return Results.NotFound();
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
        if (await ConfiguratieAsync(client, logger, http.RequestAborted) is null) return NaarInloggen(SsoUitkomst.Onbereikbaar);
        var terug = http.Request.Form["ReturnUrl"].ToString();
        return Results.Challenge(new AuthenticationProperties { RedirectUri = IsLokaal(terug) ? terug : "/" }, [Schema]);
    }

    private static async Task<IResult> TerugAsync(HttpContext http, SsoAanmelding aanmelding, ILogger<SsoAanmelding> logger)
    {
        var resultaat = await http.AuthenticateAsync(Schema);
        if (!resultaat.Succeeded)
        {
            logger.LogWarning("Terugkeer van de identity provider geweigerd: {Fout} {Omschrijving}",
                resultaat.Properties?.GetString(Eigenschappen.Error), resultaat.Properties?.GetString(Eigenschappen.ErrorDescription));
            return NaarInloggen(SsoUitkomst.Mislukt);
        }
        var idToken = resultaat.Properties!.GetTokenValue(Tokens.BackchannelIdentityToken)
                      ?? resultaat.Properties.GetTokenValue(Tokens.FrontchannelIdentityToken);
        var uitkomst = await aanmelding.MeldAanAsync(resultaat.Principal!, idToken);
        if (uitkomst != SsoUitkomst.Aangemeld) return NaarInloggen(uitkomst);
        var doel = resultaat.Properties.RedirectUri;
        return Results.LocalRedirect(IsLokaal(doel) ? doel! : "/");
    }

    /// <summary>Back from the provider's sign-out (the session here ended before): checks the state and says goodbye.</summary>
    private static async Task<IResult> UitgelogdAsync(HttpContext http, ILogger<SsoAanmelding> logger)
    {
        var resultaat = await http.AuthenticateAsync(Schema);
        if (!resultaat.Succeeded)
            logger.LogWarning("Terugkeer na uitloggen bij de identity provider geweigerd: {Fout}", resultaat.Properties?.GetString(Eigenschappen.Error));
        return Results.Redirect("/Account/Uitloggen");
    }

    /// <summary>
    /// After the local sign-out: also ends the session at the provider when this one came from there and the provider
    /// has an end-session endpoint; else null (the local sign-out is all there is).
    /// </summary>
    public static async Task<AuthenticationProperties?> UitloggenBijProviderAsync(string? idToken, IOptions<SsoOptions> sso,
        OpenIddictClientService client, ILogger logger, CancellationToken annuleren)
    {
        if (idToken is null || !sso.Value.Ingeschakeld) return null;
        if ((await ConfiguratieAsync(client, logger, annuleren))?.EndSessionEndpoint is null) return null;
        return new AuthenticationProperties(new Dictionary<string, string?> { [Eigenschappen.IdentityTokenHint] = idToken })
        {
            RedirectUri = "/Account/Uitloggen",
        };
    }

    /// <summary>The provider's discovery document, or null (logged) when the provider cannot be reached or answers nonsense.</summary>
    private static async Task<OpenIddictConfiguration?> ConfiguratieAsync(OpenIddictClientService client, ILogger logger, CancellationToken annuleren)
    {
        try
        {
            var registratie = (await client.GetClientRegistrationsAsync(annuleren)).Single();
            return await registratie.ConfigurationManager!.GetConfigurationAsync(annuleren);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or OpenIddictExceptions.ProtocolException)
        {
            logger.LogWarning(e, "De identity provider is niet bereikbaar of gaf geen geldige configuratie");
            return null;
        }
    }

    private static bool IsLokaal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult NaarInloggen(SsoUitkomst uitkomst) => Results.Redirect("/Account/Inloggen?sso=" + uitkomst);
}

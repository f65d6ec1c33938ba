using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Pages.Connect;

/// <summary>
/// The authorization endpoint after OpenIddict has checked the request (known client, exact redirect URI, PKCE with
/// S256, permitted scopes). The user signs in first (the app's fallback policy sends them to the login page and back).
/// A GET shows the consent question, or, when this user already consented to these scopes for this client, gives the
/// code; it never records a consent. Toestaan records it as a permanent authorization, Weigeren answers access_denied.
/// </summary>
public sealed class AuthorizeModel(IOpenIddictApplicationManager clients, IOpenIddictAuthorizationManager autorisaties,
    UserManager<Gebruiker> gebruikers) : PageModel
{
    public const string Toestaan = "toestaan";
    public const string Weigeren = "weigeren";

    public string ClientNaam { get; private set; } = "";
    public IReadOnlyList<string> Omschrijvingen { get; private set; } = [];
    /// <summary>The request's parameters, posted back with the answer so OpenIddict checks the request again.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var (verzoek, gebruiker, client) = await LaadAsync();
        if (gebruiker is null) return Challenge();
        if (!verzoek.HasPromptValue(PromptValues.Consent) && await EerdereToestemmingAsync(verzoek, gebruiker, client) is { } eerder)
            return await GeefCodeAsync(verzoek, gebruiker, eerder);

        ClientNaam = await clients.GetLocalizedDisplayNameAsync(client, HttpContext.RequestAborted) ?? verzoek.ClientId!;
        Omschrijvingen = verzoek.GetScopes().Select(Autorisatieserver.Omschrijving).ToList();
        Parameters = Autorisatieserver.FormulierVoorClient(HttpContext, verzoek.RedirectUri);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? besluit)
    {
        var (verzoek, gebruiker, client) = await LaadAsync();
        if (gebruiker is null) return Challenge();
        if (besluit == Weigeren)
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "De gebruiker heeft geen toestemming gegeven.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (besluit != Toestaan) return BadRequest();
        var ct = HttpContext.RequestAborted;
        var autorisatie = await autorisaties.CreateAsync(Autorisatieserver.Principal(gebruiker, verzoek.GetScopes(), null), gebruiker.Id,
            (await clients.GetIdAsync(client, ct))!, AuthorizationTypes.Permanent, verzoek.GetScopes(), ct);
        return await GeefCodeAsync(verzoek, gebruiker, autorisatie);
    }

    private async Task<(OpenIddictRequest Verzoek, Gebruiker? Gebruiker, object Client)> LaadAsync()
    {
        var verzoek = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenIddict-verzoek.");
        var client = await clients.FindByClientIdAsync(verzoek.ClientId!, HttpContext.RequestAborted)
                     ?? throw new InvalidOperationException("OpenIddict liet een onbekende client door.");
        return (verzoek, await gebruikers.GetUserAsync(User), client);
    }

    /// <summary>A valid permanent consent of this user for this client that covers every scope asked for now.</summary>
    private async Task<object?> EerdereToestemmingAsync(OpenIddictRequest verzoek, Gebruiker gebruiker, object client)
    {
        var ct = HttpContext.RequestAborted;
        var clientId = (await clients.GetIdAsync(client, ct))!;
        await foreach (var autorisatie in autorisaties.FindAsync(gebruiker.Id, clientId, Statuses.Valid, AuthorizationTypes.Permanent,
                           verzoek.GetScopes(), ct))
            return autorisatie;
        return null;
    }

    private async Task<IActionResult> GeefCodeAsync(OpenIddictRequest verzoek, Gebruiker gebruiker, object autorisatie) =>
        SignIn(Autorisatieserver.Principal(gebruiker, verzoek.GetScopes(), await autorisaties.GetIdAsync(autorisatie, HttpContext.RequestAborted)),
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}

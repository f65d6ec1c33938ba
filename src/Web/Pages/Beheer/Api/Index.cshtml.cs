using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Pages.Beheer.Api;

/// <summary>
/// The API clients: the beheerder registers one (its flows, its type, redirect URIs and scopes; a confidential client's
/// secret is shown once, OpenIddict keeps only a hash), revokes a client's tokens, or deletes a client. Clients from configuration are listed but are not deleted here: the app
/// registers them again on start.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed partial class IndexModel(IOpenIddictApplicationManager clients, IOpenIddictTokenManager tokens,
    IOptions<ApiOptions> api, TimeProvider klok, BesluitvormingDbContext db) : PageModel
{
    public const string Vertrouwelijk = "vertrouwelijk";
    public const string Publiek = "publiek";

    public sealed class Formulier
    {
        public string? Naam { get; set; }
        public string? ClientId { get; set; }
        public List<string> Scopes { get; set; } = [];
        public List<string> Flows { get; set; } = [];
        public string Clienttype { get; set; } = Vertrouwelijk;
        /// <summary>One per line.</summary>
        public string? RedirectUris { get; set; }
        /// <summary>One per line: where the client may send the user after signing out through /connect/endsession.</summary>
        public string? UitlogUris { get; set; }
    }

    public static readonly IReadOnlyList<(string Waarde, string Omschrijving)> BekendeFlows =
    [
        (GrantTypes.ClientCredentials, "Client credentials: een systeem leest met zijn eigen geheim (geen gebruiker)"),
        (GrantTypes.AuthorizationCode, "Autorisatiecode met PKCE en vernieuwingstokens: een toepassing werkt namens een ingelogde gebruiker, na diens toestemming"),
    ];

    public sealed record Rij(string ClientId, string Naam, IReadOnlyList<string> Scopes, IReadOnlyList<string> Flows,
        IReadOnlyList<string> RedirectUris, bool Publiek, int GeldigeTokens, bool UitConfiguratie);

    /// <summary>The secret of the client just registered; only on the first view after registering.</summary>
    public sealed record NieuwGeheim(string ClientId, string Geheim);

    [BindProperty]
    public Formulier Invoer { get; set; } = new() { Scopes = [ApiExtensions.ScopeBesluitenLezen], Flows = [GrantTypes.ClientCredentials] };

    public IReadOnlyList<Rij> Clients { get; private set; } = [];
    public NieuwGeheim? Geheim { get; private set; }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex ClientIdPatroon();

    private bool UitConfiguratie(string clientId) => api.Value.Clients.Any(c => c.ClientId == clientId);

    public async Task OnGetAsync()
    {
        // TempData is read once: a second view of this page no longer holds the secret.
        if (TempData["GeheimClient"] is string client && TempData["Geheim"] is string geheim)
        {
            Geheim = new NieuwGeheim(client, geheim);
            Response.Headers.CacheControl = "no-store";
        }
        await LaadAsync();
    }

    public async Task<IActionResult> OnPostRegistrerenAsync()
    {
        var i = Invoer;
        void Fout(string veld, string melding) => ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
        var naam = i.Naam?.Trim();
        var clientId = i.ClientId?.Trim();
        if (string.IsNullOrEmpty(naam)) Fout(nameof(i.Naam), "Vul de naam van de client in.");
        else if (naam.Length > 200) Fout(nameof(i.Naam), "De naam is te lang: ten hoogste 200 tekens.");
        if (string.IsNullOrEmpty(clientId)) Fout(nameof(i.ClientId), "Vul de client-id in.");
        else if (clientId.Length > 100) Fout(nameof(i.ClientId), "De client-id is te lang: ten hoogste 100 tekens.");
        else if (!ClientIdPatroon().IsMatch(clientId))
            Fout(nameof(i.ClientId), "Een client-id bestaat alleen uit letters, cijfers en streepjes (-), zonder spaties.");
        else if (await clients.FindByClientIdAsync(clientId, HttpContext.RequestAborted) is not null || UitConfiguratie(clientId))
            Fout(nameof(i.ClientId), $"De client-id {clientId} is al geregistreerd; kies een andere.");
        var scopes = i.Scopes.Distinct().ToList();
        if (scopes.Count == 0) Fout(nameof(i.Scopes), "Kies ten minste één scope.");
        else if (scopes.FirstOrDefault(s => !ApiScopes.Namen.Contains(s)) is { } onbekend)
            Fout(nameof(i.Scopes), $"De scope {onbekend} bestaat niet.");
        var clientCredentials = i.Flows.Contains(GrantTypes.ClientCredentials);
        var code = i.Flows.Contains(GrantTypes.AuthorizationCode);
        var publiek = i.Clienttype == Publiek;
        if (!clientCredentials && !code) Fout(nameof(i.Flows), "Kies ten minste één flow.");
        else if (publiek && clientCredentials)
            Fout(nameof(i.Flows), "Een publieke client heeft geen geheim en kan geen client credentials gebruiken: kies vertrouwelijk, of alleen de autorisatiecode.");
        if (i.Clienttype is not (Vertrouwelijk or Publiek)) Fout(nameof(i.Clienttype), "Kies vertrouwelijk of publiek.");
        var redirects = Clientadressen.Lees(i.RedirectUris, out var adresfout);
        if (adresfout is not null) Fout(nameof(i.RedirectUris), adresfout);
        else if (code && redirects.Count == 0) Fout(nameof(i.RedirectUris), "Vul ten minste één redirect-URI in: de autorisatiecode gaat alleen daarheen.");
        else if (!code && redirects.Count > 0)
            Fout(nameof(i.RedirectUris), "Redirect-URI's horen bij de autorisatiecode-flow: kies die flow, of maak het veld leeg.");
        var uitlog = Clientadressen.Lees(i.UitlogUris, out var uitlogfout);
        if (uitlogfout is not null) Fout(nameof(i.UitlogUris), uitlogfout);
        else if (!code && uitlog.Count > 0)
            Fout(nameof(i.UitlogUris), "Uitlog-URI's horen bij de autorisatiecode-flow: kies die flow, of maak het veld leeg.");
        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }

        // 32 random bytes (256 bits) from the system's CSPRNG; OpenIddict stores only a hash of it.
        var geheim = publiek ? null : Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await clients.CreateAsync(ApiClients.Beschrijving(clientId!, geheim, naam!, scopes, clientCredentials, code, redirects, uitlog),
            HttpContext.RequestAborted);
        if (geheim is not null)
        {
            TempData["GeheimClient"] = clientId;
            TempData["Geheim"] = geheim;
        }
        TempData["Succes"] = $"De client {naam} ({clientId}) is geregistreerd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTokensIntrekkenAsync(string? clientId)
    {
        if (string.IsNullOrEmpty(clientId)) return NotFound();
        if (await clients.FindByClientIdAsync(clientId, HttpContext.RequestAborted) is not { } client) return NotFound();
        var id = await clients.GetIdAsync(client, HttpContext.RequestAborted);
        var aantal = await tokens.RevokeByApplicationIdAsync(id!, HttpContext.RequestAborted);
        TempData["Succes"] = $"{aantal} token(s) van {clientId} ingetrokken; de client kan een nieuw token aanvragen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(string? clientId)
    {
        if (string.IsNullOrEmpty(clientId)) return NotFound();
        if (UitConfiguratie(clientId))
        {
            TempData["Fout"] = $"De client {clientId} komt uit de configuratie (Api:Clients) en wordt bij elke start opnieuw geregistreerd; "
                               + "verwijder hem daar. Zijn tokens kunt u hier wel intrekken.";
            return RedirectToPage();
        }
        if (await clients.FindByClientIdAsync(clientId, HttpContext.RequestAborted) is not { } client) return NotFound();
        // OpenIddict's store deletes the client's tokens and authorizations with it.
        await clients.DeleteAsync(client, HttpContext.RequestAborted);
        TempData["Succes"] = $"De client {clientId} is verwijderd; hij krijgt geen tokens meer en zijn tokens gelden niet meer.";
        return RedirectToPage();
    }

    private async Task LaadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var nu = klok.GetUtcNow().UtcDateTime;
        // One grouped query for every client's valid tokens, read to its end before the next query.
        var geldig = await db.Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(t => t.Application != null && t.Status == Statuses.Valid && (t.ExpirationDate == null || t.ExpirationDate > nu))
            .GroupBy(t => t.Application!.Id)
            .Select(g => new { Id = g.Key!, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Aantal, ct);
        var rijen = new List<Rij>();
        var alle = new List<object>();
        await foreach (var client in clients.ListAsync(count: null, offset: null, ct)) alle.Add(client);
        foreach (var client in alle)
        {
            var permissies = await clients.GetPermissionsAsync(client, ct);
            var id = await clients.GetIdAsync(client, ct);
            var clientId = (await clients.GetClientIdAsync(client, ct))!;
            rijen.Add(new Rij(clientId, await clients.GetDisplayNameAsync(client, ct) ?? clientId,
                permissies.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order().ToList(),
                permissies.Where(p => p.StartsWith(Permissions.Prefixes.GrantType, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.GrantType.Length..]).Order().ToList(),
                (await clients.GetRedirectUrisAsync(client, ct)).ToList(),
                await clients.HasClientTypeAsync(client, ClientTypes.Public, ct),
                geldig.GetValueOrDefault(id!), UitConfiguratie(clientId)));
        }
        Clients = rijen.OrderBy(r => r.ClientId, StringComparer.OrdinalIgnoreCase).ToList();
    }
}

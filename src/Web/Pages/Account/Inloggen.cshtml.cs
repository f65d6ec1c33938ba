using System.ComponentModel.DataAnnotations;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Web.Identiteit.Sso;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Pages.Account;

/// <summary>
/// Login. Every failure gets one answer (see <see cref="Aanmelding"/>); posts are throttled per client address
/// (<see cref="IdentiteitExtensions.InlogRem"/>), and a refused post comes back here as HTTP 429 with the name kept.
/// With single sign-on on (<see cref="SsoOptions"/>) it also offers "Inloggen met ..."; with <c>Sso:LokaleWachtwoorden</c>
/// off only that, and a posted password is refused without being checked.
/// </summary>
[EnableRateLimiting(IdentiteitExtensions.InlogRem)]
public sealed class InloggenModel(Aanmelding aanmelding, BesluitvormingDbContext db, IWebHostEnvironment env,
    IOptions<SsoOptions> sso, ILogger<InloggenModel> logger) : PageModel
{
    public const string Mislukt = "Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord. Lukt het na een paar "
        + "pogingen nog steeds niet, probeer het dan later opnieuw of neem contact op met de beheerder.";

    public const string TeVaak = "U heeft te vaak achter elkaar geprobeerd in te loggen. Wacht een paar minuten en probeer het dan opnieuw.";

    [BindProperty, Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
    public string? Gebruikersnaam { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
    public string? Wachtwoord { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string DemoWachtwoord => DatabaseInitialisatie.DemoWachtwoord;
    public List<(string Gebruikersnaam, string Naam, string Rollen)> Demoaccounts { get; private set; } = [];

    public SsoOptions Sso => sso.Value;

    /// <summary>The outcome of a refused single sign-on, from <see cref="SsoEndpoints"/>.</summary>
    [BindProperty(Name = "sso", SupportsGet = true)]
    public string? SsoFout { get; set; }

    public async Task OnGetAsync()
    {
        if (Sso.Ingeschakeld && SsoMeldingen.Melding(SsoFout, Sso.Weergavenaam) is { } melding)
            ModelState.AddModelError(string.Empty, melding);
        await LaadDemoAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Sso.LokaleWachtwoorden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, SsoMeldingen.WachtwoordUit);
        }
        else if (HttpContext.Items.ContainsKey(IdentiteitExtensions.TeVaakGeprobeerd))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, TeVaak);
        }
        else if (ModelState.IsValid)
        {
            if (await aanmelding.MeldAanAsync(Gebruikersnaam!, Wachtwoord!))
            {
                if (env.IsProduction() && !Request.IsHttps)
                    logger.LogWarning("Inloggen over HTTP in Production: de browser bewaart de Secure sessiecookie niet. "
                        + "Bied de app aan over HTTPS, of stel Proxy:VertrouwdeProxies of Proxy:VertrouwdeNetwerken in voor de proxy die TLS afhandelt.");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            }
            ModelState.AddModelError(string.Empty, Mislukt);
        }
        await LaadDemoAsync();
        return Page();
    }

    private async Task LaadDemoAsync()
    {
        if (!env.IsDevelopment()) return;
        var rijen = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { u.UserName, u.Naam, Rol = r.Name! }).ToListAsync();
        Demoaccounts = rijen.GroupBy(r => (r.UserName!, r.Naam))
            .Select(g => (g.Key.Item1, g.Key.Naam, string.Join(", ", g.Select(x => Rollen.Naam(x.Rol)).Order())))
            .OrderBy(a => a.Item1).ToList();
    }
}

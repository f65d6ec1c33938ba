using Besluitvorming.Web.Data;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// "Voorstel importeren": the bestuurssecretariaat (or the beheerder) registers a proposal from the archive or from the
/// previous system (Decos JOIN, iBabs) with its historical registratienummer, on the name of the steller it belongs to.
/// It becomes that steller's concept, who completes the template and submits it; it keeps the historical number.
/// </summary>
[Authorize(Roles = Rollen.Bestuurssecretariaat + "," + Rollen.Beheerder)]
public sealed class ImporterenModel(BesluitvormingDbContext db, VoorstelDienst dienst) : PageModel
{
    /// <summary>Sources a municipality migrating usually names; the field takes any text.</summary>
    public static readonly string[] Bronnen = ["Decos JOIN", "iBabs", "Corsa", "Papieren archief"];

    [BindProperty]
    public VoorstelFormulier Invoer { get; set; } = new();

    [BindProperty]
    public string? Registratienummer { get; set; }

    [BindProperty, MaxTekens(Veldlengtes.Naam)]
    public string? Bron { get; set; }

    [BindProperty]
    public string? StellerId { get; set; }

    public List<SelectListItem> Stellers { get; private set; } = [];
    public List<SelectListItem> Afdelingen { get; private set; } = [];
    public List<SelectListItem> Teams { get; private set; } = [];
    public List<SelectListItem> Projecten { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Invoer = new VoorstelFormulier { AanmaakSleutel = Guid.NewGuid() };
        await VulKeuzelijstenAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Invoer.AanmaakSleutel == Guid.Empty)
        {
            ModelState.Remove($"{nameof(Invoer)}.{nameof(Invoer.AanmaakSleutel)}");
            Invoer.AanmaakSleutel = Guid.NewGuid();
        }
        await ControleerAsync();
        if (!ModelState.IsValid) return await OpnieuwAsync();
        try
        {
            var (voorstel, _) = await dienst.ImporteerAsync(Invoer.AanmaakSleutel, Registratienummer, Bron, StellerId!, Invoer.NaarInhoud());
            TempData["Succes"] = $"Voorstel {voorstel.Registratienummer} is geïmporteerd als concept van {voorstel.StellerNaam}. " +
                                 "De steller vult het aan en dient het in; het registratienummer blijft.";
            return RedirectToPage("Details", new { id = voorstel.Id });
        }
        catch (ActieOngeldigException e)
        {
            foreach (var (veld, melding) in e.Fouten) ModelState.AddModelError(Veld(veld), melding);
            return await OpnieuwAsync();
        }
        catch (GeenToegangException e)
        {
            ModelState.AddModelError(nameof(StellerId), e.Message);
            return await OpnieuwAsync();
        }
    }

    /// <summary>The import's own fields by their name on this page; the template's under <see cref="Invoer"/>.</summary>
    private static string Veld(string sleutel) =>
        sleutel is nameof(Registratienummer) or nameof(Bron) ? sleutel : $"{nameof(Invoer)}.{sleutel}";

    private async Task ControleerAsync()
    {
        foreach (var (veld, melding) in Voorstel.ControleerImport(Registratienummer, Bron))
            if (ModelState.GetFieldValidationState(veld) != ModelValidationState.Invalid)
                ModelState.AddModelError(veld, melding);
        if (string.IsNullOrEmpty(StellerId))
            ModelState.AddModelError(nameof(StellerId), "Kies de steller op wiens naam het voorstel komt.");
        else if (!await StellersQuery().AnyAsync(u => u.Id == StellerId))
            ModelState.AddModelError(nameof(StellerId), "Kies een steller uit de lijst.");
        if (string.IsNullOrWhiteSpace(Invoer.Onderwerp))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.Onderwerp)}", "Vul het onderwerp in zoals het in het archief staat.");
        if (Invoer.AfdelingId == 0 || !await db.Afdelingen.AnyAsync(a => a.Id == Invoer.AfdelingId))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.AfdelingId)}", "Kies de afdeling waar het voorstel vandaan komt.");
        else if (Invoer.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team && t.AfdelingId == Invoer.AfdelingId))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.TeamId)}", "Dit team hoort niet bij de gekozen afdeling.");
        if (Invoer.ProjectId is { } project && !await db.Projecten.AnyAsync(p => p.Id == project))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.ProjectId)}", "Kies een bestaand project.");
        foreach (var (veld, melding) in Voorstel.ControleerInhoud(Invoer.NaarInhoud()))
            if (ModelState.GetFieldValidationState($"{nameof(Invoer)}.{veld}") != ModelValidationState.Invalid)
                ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
    }

    private async Task<IActionResult> OpnieuwAsync()
    {
        ModelState.AddModelError(string.Empty, "Het voorstel is niet geïmporteerd. Verbeter de gemarkeerde velden.");
        ModelState.Remove($"{nameof(Invoer)}.{nameof(Invoer.AanmaakSleutel)}");
        await VulKeuzelijstenAsync();
        return Page();
    }

    private IQueryable<Gebruiker> StellersQuery()
    {
        var rol = db.Roles.Where(r => r.Name == Rollen.Steller).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && rol.Contains(ur.RoleId)));
    }

    private async Task VulKeuzelijstenAsync()
    {
        Stellers = await StellersQuery().OrderBy(u => u.Naam)
            .Select(u => new SelectListItem(u.Naam + " (" + u.UserName + ")", u.Id)).ToListAsync();
        Afdelingen = await db.Afdelingen.OrderBy(a => a.Naam).Select(a => new SelectListItem(a.Naam, a.Id.ToString())).ToListAsync();
        Teams = await db.Teams.OrderBy(t => t.Code).Select(t => new SelectListItem(t.Code + " – " + t.Naam, t.Id.ToString())).ToListAsync();
        Projecten = await db.Projecten.OrderBy(p => p.Naam).Select(p => new SelectListItem(p.Naam, p.Id.ToString())).ToListAsync();
    }
}

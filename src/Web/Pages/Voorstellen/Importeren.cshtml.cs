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

    /// <summary>A CSV file of several proposals (see <see cref="Importbestand"/>), each row imported on its own.</summary>
    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public const int MaxBestandBytes = 2 * 1024 * 1024;
    public const int MaxRegels = 1000;

    /// <summary>Per row of the file: what became of it.</summary>
    public sealed record Uitkomst(int Regel, string? Registratienummer, string? Onderwerp, int? VoorstelId, string Melding);

    public List<Uitkomst>? Verslag { get; private set; }

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

    /// <summary>
    /// Imports every row of the file on its own: a row that is refused (an unknown steller, a number in use) does not
    /// stop the others, and the report says per row what happened. Sending the same file again imports nothing twice.
    /// </summary>
    public async Task<IActionResult> OnPostBestandAsync()
    {
        ModelState.Clear();
        Invoer = new VoorstelFormulier { AanmaakSleutel = Guid.NewGuid() };
        await VulKeuzelijstenAsync();
        if (Bestand is null) return BestandFout("Kies een CSV-bestand.");
        if (Bestand.Length == 0) return BestandFout("Het bestand is leeg.");
        if (Bestand.Length > MaxBestandBytes) return BestandFout($"Het bestand is groter dan {MaxBestandBytes / 1024 / 1024} MB; splits het op.");
        string tekst;
        using (var lezer = new StreamReader(Bestand.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try { tekst = await lezer.ReadToEndAsync(); }
            catch (System.Text.DecoderFallbackException) { return BestandFout("Het bestand is geen tekst in UTF-8; sla het op als CSV UTF-8."); }
        }
        var (regels, fout) = Importbestand.Lees(tekst);
        if (fout is not null) return BestandFout(fout);
        if (regels.Count > MaxRegels) return BestandFout($"Het bestand heeft {regels.Count} regels; importeer ten hoogste {MaxRegels} per keer.");

        var stellers = await StellersQuery().Select(u => new { u.Id, u.UserName }).ToListAsync();
        var afdelingen = await db.Afdelingen.Select(a => new { a.Id, a.Naam }).ToListAsync();
        var teams = await db.Teams.Select(t => new { t.Id, t.Code, t.AfdelingId }).ToListAsync();
        var projecten = await db.Projecten.Select(p => new { p.Id, p.Naam }).ToListAsync();
        Verslag = [];
        foreach (var regel in regels)
        {
            var fouten = new List<string>();
            var steller = stellers.FirstOrDefault(u => string.Equals(u.UserName, regel["steller"], StringComparison.OrdinalIgnoreCase));
            if (steller is null) fouten.Add($"'{regel["steller"]}' is geen steller (gebruikersnaam).");
            var afdeling = afdelingen.FirstOrDefault(a => string.Equals(a.Naam, regel["afdeling"], StringComparison.OrdinalIgnoreCase));
            if (afdeling is null) fouten.Add($"Afdeling '{regel["afdeling"]}' bestaat niet.");
            var team = regel["team"] is { } code ? teams.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)) : null;
            if (regel["team"] is not null && (team is null || team.AfdelingId != afdeling?.Id))
                fouten.Add($"Team '{regel["team"]}' hoort niet bij die afdeling.");
            var project = regel["project"] is { } naam ? projecten.FirstOrDefault(p => string.Equals(p.Naam, naam, StringComparison.OrdinalIgnoreCase)) : null;
            if (regel["project"] is not null && project is null) fouten.Add($"Project '{regel["project"]}' bestaat niet.");
            Openbaarheid? openbaar = null;
            switch (regel["openbaar"]?.ToLowerInvariant())
            {
                case null: break;
                case "ja": openbaar = Openbaarheid.Ja; break;
                case "nee": openbaar = Openbaarheid.Nee; break;
                default: fouten.Add($"Openbaar is 'ja' of 'nee', niet '{regel["openbaar"]}'."); break;
            }
            if (fouten.Count > 0)
            {
                Verslag.Add(new Uitkomst(regel.Nummer, regel["registratienummer"], regel["onderwerp"], null, string.Join(" ", fouten)));
                continue;
            }
            var inhoud = new VoorstelInhoud
            {
                Onderwerp = regel["onderwerp"], AfdelingId = afdeling!.Id, TeamId = team?.Id, ProjectId = project?.Id,
                Programma = regel["programma"], Openbaarheid = openbaar,
                Dictum = (regel["dictum"] ?? "").Split('|', '\n').Select(d => d.Trim()).Where(d => d.Length > 0).ToList(),
            };
            try
            {
                var (voorstel, _) = await dienst.ImporteerAsync(Guid.NewGuid(), regel["registratienummer"], regel["bron"], steller!.Id, inhoud);
                Verslag.Add(new Uitkomst(regel.Nummer, voorstel.Registratienummer, voorstel.Onderwerp, voorstel.Id,
                    $"Geïmporteerd als concept van {voorstel.StellerNaam}."));
            }
            catch (VoorstelFout e)
            {
                var melding = e is ActieOngeldigException o ? string.Join(" ", o.Fouten.Values) : e.Message;
                Verslag.Add(new Uitkomst(regel.Nummer, regel["registratienummer"], regel["onderwerp"], null, melding));
            }
        }
        return Page();
    }

    private PageResult BestandFout(string melding)
    {
        ModelState.AddModelError(nameof(Bestand), melding);
        ModelState.AddModelError(string.Empty, "Het bestand is niet geïmporteerd.");
        return Page();
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

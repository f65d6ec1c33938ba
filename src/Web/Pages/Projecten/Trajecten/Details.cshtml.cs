using System.Globalization;
using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten.Trajecten;

/// <summary>
/// One traject of a project: where it stands, its route through the definition, per step visit the evidence and
/// remarks, the timeline, and the actions the reader may take (each asked of the aggregate). Who may open it: the
/// project's readers, the projectleider and the step owners (<see cref="Traject.MagZien"/>); others get 403. Every
/// action goes through <see cref="TrajectDienst.VoerAsync"/>; a refusal comes back at its field with what was typed.
/// </summary>
[MultipartFormulier]
public sealed class DetailsModel(BesluitvormingDbContext db, TrajectDienst dienst, ProjectLezer lezer, ActorLader actors,
    BijlageOpslag opslag, TimeProvider klok, Besluitmomenten besluitmomenten) : PageModel
{
    /// <summary>The current step's decision moment: the proposal it waits for, or the way to start it (null elsewhere).</summary>
    public Besluitmomenten.Blok? Besluitmoment { get; private set; }

    /// <summary>How a step of the route stands, as text and as a CSS modifier (never colour alone).</summary>
    public sealed record Routestap(string Naam, string Titel, Stapstand Stand, IReadOnlyList<TrajectStap> Bezoeken);

    [BindProperty] public string? VoltooienSoort { get; set; }
    [BindProperty] public string? VoltooienOpmerking { get; set; }
    [BindProperty] public Guid? VoltooienBewaard { get; set; }
    [BindProperty] public string? BewijsSoort { get; set; }
    [BindProperty] public string? TerugReden { get; set; }
    [BindProperty] public string? OverslaanReden { get; set; }
    [BindProperty] public string? HeropenStap { get; set; }
    [BindProperty] public string? HeropenReden { get; set; }
    [BindProperty] public string? TermijnDatum { get; set; }
    [BindProperty] public string? TermijnReden { get; set; }
    [BindProperty] public string? OpmerkingTekst { get; set; }

    public int ProjectId { get; private set; }
    public string ProjectNaam { get; private set; } = "";
    public Traject Traject { get; private set; } = null!;
    public WorkflowDefinitie Definitie { get; private set; } = null!;
    public Actor Actor { get; private set; } = null!;
    public DateOnly Vandaag { get; private set; }
    public IReadOnlyList<Routestap> Route { get; private set; } = [];
    /// <summary>The file kept from a failed "afronden" post, so it need not be chosen again.</summary>
    public string? BewaardBestandsnaam { get; private set; }
    public List<SelectListItem> Soorten { get; } =
        Bewijssoorten.Alle.Select(s => new SelectListItem(Hoofdletter(Bewijssoorten.Naam(s)), s)).ToList();

    public TrajectStap? Huidig => Traject.HuidigeStap;

    public async Task<IActionResult> OnGetAsync(int projectId, int trajectId)
    {
        if (await LaadAsync(projectId, trajectId) is { } weigering) return weigering;
        VoltooienSoort ??= Definitie.ZoekStatus(Traject.Status)?.VereistBewijs.FirstOrDefault();
        return Page();
    }

    /// <summary>Downloads a step's evidence: only files this traject names, after the same access check as the page.</summary>
    public async Task<IActionResult> OnGetBewijsAsync(int projectId, int trajectId, Guid bestand)
    {
        if (await LaadAsync(projectId, trajectId) is { } weigering) return weigering;
        var bewijs = Traject.Stappen.SelectMany(s => s.Bewijs).FirstOrDefault(b => b.BestandId == bestand);
        if (bewijs is null) return NotFound();
        var inhoud = await db.Bestanden.Where(b => b.Id == bestand).Select(b => new { b.Inhoud, b.ContentType }).SingleOrDefaultAsync();
        return inhoud is null ? NotFound() : File(inhoud.Inhoud, inhoud.ContentType, bewijs.Naam);
    }

    public Task<IActionResult> OnPostVoltooienAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Voltooien", async () =>
        {
            var (bewijs, fout) = await UploadAsync(VoltooienSoort, nameof(VoltooienSoort), VoltooienBewaard);
            if (fout) return null;
            VoltooienBewaard = bewijs?.BestandId;
            return (t, d, a, nu) => t.Voltooien(d, a, bewijs is null ? [] : [bewijs], VoltooienOpmerking, nu);
        }, new() { ["bewijs"] = "VoltooienBestand", ["opmerking"] = nameof(VoltooienOpmerking) });

    public Task<IActionResult> OnPostBewijsAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Bewijs", async () =>
        {
            var (bewijs, fout) = await UploadAsync(BewijsSoort, nameof(BewijsSoort), null, "BewijsBestand");
            if (fout) return null;
            if (bewijs is null)
            {
                ModelState.AddModelError("BewijsBestand", "Kies een bestand.");
                return null;
            }
            return (t, d, a, nu) => t.VoegBewijsToe(d, a, bewijs, nu);
        }, new() { ["bewijs"] = "BewijsBestand" });

    public Task<IActionResult> OnPostTerugsturenAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Terugsturen", () => Verb((t, d, a, nu) => t.Terugsturen(d, a, TerugReden ?? "", nu)),
            new() { ["reden"] = nameof(TerugReden) });

    public Task<IActionResult> OnPostOverslaanAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Overslaan", () => Verb((t, d, a, nu) => t.Overslaan(d, a, OverslaanReden ?? "", nu)),
            new() { ["reden"] = nameof(OverslaanReden) });

    public Task<IActionResult> OnPostHeropenenAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Heropenen", () =>
        {
            if (string.IsNullOrWhiteSpace(HeropenStap))
            {
                ModelState.AddModelError(nameof(HeropenStap), "Kies de stap die u wilt heropenen.");
                return Verb(null);
            }
            return Verb((t, d, a, nu) => t.Heropenen(d, a, HeropenStap, HeropenReden ?? "", nu));
        }, new() { ["stap"] = nameof(HeropenStap), ["reden"] = nameof(HeropenReden) });

    public Task<IActionResult> OnPostTermijnAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Termijn", () =>
        {
            if (!DateOnly.TryParseExact(TermijnDatum?.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                ModelState.AddModelError(nameof(TermijnDatum), "Geef een geldige datum, bijvoorbeeld 31-12-2026.");
                return Verb(null);
            }
            if (datum < Vandaag)
            {
                ModelState.AddModelError(nameof(TermijnDatum), "De nieuwe termijn ligt in het verleden; kies vandaag of later.");
                return Verb(null);
            }
            return Verb((t, d, a, nu) => t.VerzetTermijn(d, a, datum, TermijnReden ?? "", nu));
        }, new() { ["reden"] = nameof(TermijnReden) });

    public Task<IActionResult> OnPostOpmerkingAsync(int projectId, int trajectId) =>
        HandelAsync(projectId, trajectId, "Opmerking", () => Verb((t, d, a, nu) => t.PlaatsOpmerking(d, a, OpmerkingTekst ?? "", nu)),
            new() { ["tekst"] = nameof(OpmerkingTekst) });

    private static Task<Action<Traject, WorkflowDefinitie, Actor, DateTime>?> Verb(Action<Traject, WorkflowDefinitie, Actor, DateTime>? verb) =>
        Task.FromResult(verb);

    /// <summary>
    /// Loads and checks access, prepares the verb (null: input errors already in ModelState), runs it through the
    /// service, and shows a domain refusal at its field (<paramref name="velden"/>: domain field to form field).
    /// </summary>
    private async Task<IActionResult> HandelAsync(int projectId, int trajectId, string formulier,
        Func<Task<Action<Traject, WorkflowDefinitie, Actor, DateTime>?>> bereid, Dictionary<string, string> velden)
    {
        if (await LaadAsync(projectId, trajectId) is { } weigering) return weigering;
        Formulier = formulier;
        var verb = await bereid();
        if (verb is not null && ModelState.IsValid)
        {
            try
            {
                await dienst.VoerAsync(trajectId, verb, Actor);
                return RedirectToPage(new { projectId, trajectId });
            }
            catch (TrajectGeenToegangException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (TrajectFout fout)
            {
                ModelState.AddModelError(fout.Veld is { } v && velden.TryGetValue(v, out var veld) ? veld : string.Empty, fout.Message);
                // A refusal the timeline keeps was saved: show the page as it now stands.
                if (fout is TrajectGeweigerdException) await LaadAsync(projectId, trajectId);
            }
        }
        if (VoltooienBewaard is { } id && await opslag.ZoekEigenUploadAsync(id, Actor.Id) is { } bewaard)
            BewaardBestandsnaam = bewaard.Bestandsnaam;
        else VoltooienBewaard = null;
        return Page();
    }

    /// <summary>The form whose post failed; its fields keep what was typed and show its errors.</summary>
    public string? Formulier { get; private set; }

    /// <summary>
    /// Stores the uploaded file (checked as every bijlage: type by content, size) as evidence of the chosen kind, or reuses
    /// the file kept from an earlier failed post. Fout is true when a message was added.
    /// </summary>
    private async Task<(Bewijs? Bewijs, bool Fout)> UploadAsync(string? soort, string soortVeld, Guid? bewaard, string bestandVeld = "VoltooienBestand")
    {
        foreach (var t in MultipartFormulierAttribute.TeGroteBestanden(HttpContext))
            ModelState.AddModelError(bestandVeld, opslag.TeGroot(t.Bestandsnaam, t.Grootte));
        if (!ModelState.IsValid) return (null, true);
        var bestand = Request.HasFormContentType ? Request.Form.Files.GetFile(bestandVeld) : null;
        if (bestand is null && bewaard is { } id && await opslag.ZoekEigenUploadAsync(id, Actor.Id) is { } oud)
            return Soort(soort, soortVeld) is { } s1 ? (new Bewijs(oud.Id, s1, oud.Bestandsnaam), false) : (null, true);
        if (bestand is null) return (null, false);
        if (Soort(soort, soortVeld) is not { } s) return (null, true);
        var (opgeslagen, fout) = await opslag.BewaarAsync(bestand, Actor.Id);
        if (fout is not null)
        {
            ModelState.AddModelError(bestandVeld, fout);
            return (null, true);
        }
        return (new Bewijs(opgeslagen!.Id, s, opgeslagen.Bestandsnaam), false);
    }

    private string? Soort(string? soort, string veld)
    {
        if (soort is not null && Bewijssoorten.Alle.Contains(soort)) return soort;
        ModelState.AddModelError(veld, "Kies wat voor bewijs het bestand is.");
        return null;
    }

    private async Task<IActionResult?> LaadAsync(int projectId, int trajectId)
    {
        db.ChangeTracker.Clear();
        var traject = await dienst.LaadAsync(trajectId);
        if (traject is null || traject.ProjectId != projectId) return NotFound();
        var feiten = await lezer.FeitenAsync(projectId);
        if (feiten is null) return NotFound();
        Actor = await actors.HuidigeAsync();
        if (!traject.MagZien(Actor, feiten.MagZien(Actor))) return StatusCode(StatusCodes.Status403Forbidden);
        Traject = traject;
        ProjectId = projectId;
        ProjectNaam = feiten.Naam;
        Definitie = await dienst.DefinitieAsync(traject);
        Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        Route = Routestappen(traject, Definitie, Vandaag);
        Besluitmoment = await besluitmomenten.BlokAsync(traject, Definitie, Actor);
        return null;
    }

    /// <summary>Every step of the definition with how it stands now (its latest visit decides).</summary>
    public static IReadOnlyList<Routestap> Routestappen(Traject traject, WorkflowDefinitie definitie, DateOnly vandaag) =>
        definitie.Statussen.Where(s => !s.Eind).Select(s =>
        {
            var bezoeken = traject.Stappen.Where(v => v.Stap == s.Naam).ToList();
            var laatste = bezoeken.LastOrDefault();
            return new Routestap(s.Naam, s.Titel, Stapstand.Van(laatste is not null, laatste?.Uitkomst, laatste?.IsTeLaat(vandaag) ?? false), bezoeken);
        }).ToList();

    private static string Hoofdletter(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

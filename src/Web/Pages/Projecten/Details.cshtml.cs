using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using TrajectOverzicht = Besluitvorming.Web.Trajecten.TrajectOverzicht;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Web.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten;

/// <summary>
/// Everything about one project: its assignment, period and budget, stakeholders, resultaten with status and evidence,
/// kernopgaven, and the collegevoorstellen linked to it that the reader may see. Who may open it: see ProjectToegang.
/// </summary>
public sealed class DetailsModel(BesluitvormingDbContext db, ProjectLezer lezer, ActorLader actors, WorkflowRegister workflows,
    TimeProvider klok, TrajectOverzicht trajecten) : PageModel
{
    private static readonly CultureInfo Nl = new("nl-NL");

    public sealed record Resultaatregel(int Id, int Volgnummer, string Tekst, Resultaatstatus Status, string? Bewijs,
        (int Id, string Titel)? BewijsVoorstel, (int VoorstelId, int Id, string Naam)? BewijsBijlage, string? GewijzigdDoor, DateTime? GewijzigdOp);

    public sealed record Voorstelregel(int Id, string? Registratienummer, string Onderwerp, string Status, DateOnly? GeplandBw);

    public Project Project { get; private set; } = null!;
    public string? Afdeling { get; private set; }
    public string? Projectleider { get; private set; }
    public IReadOnlyList<Resultaatregel> Resultaten { get; private set; } = [];
    public IReadOnlyList<Voorstelregel> Voorstellen { get; private set; } = [];
    public bool MagResultaatBijwerken { get; private set; }
    public bool MagTrajectStarten { get; private set; }
    /// <summary>The project's trajecten (projection only), for the summary per definition and step.</summary>
    public IReadOnlyList<TrajectOverzicht.Rij> Trajecten { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var feiten = await lezer.FeitenAsync(id);
        if (feiten is null) return NotFound();
        var actor = await actors.HuidigeAsync();
        if (!feiten.MagZien(actor)) return StatusCode(StatusCodes.Status403Forbidden);
        MagResultaatBijwerken = feiten.MagResultaatBijwerken(actor);
        MagTrajectStarten = feiten.MagTrajectStarten(actor);
        Trajecten = await trajecten.VanProjectAsync(id);

        // One statement: a project has a handful of kernopgaven and resultaten, so the joined rows stay few.
        Project = await db.Projecten.AsNoTracking().AsSingleQuery()
            .Include(p => p.Kernopgaven).Include(p => p.Resultaten)
            .SingleAsync(p => p.Id == id);
        Afdeling = Project.AfdelingId is null ? null
            : await db.Afdelingen.Where(a => a.Id == Project.AfdelingId).Select(a => a.Naam).SingleOrDefaultAsync();
        // The projectleider's name and those of who last changed a resultaat, in one read.
        var personen = Project.Resultaten.Select(r => r.GewijzigdDoorId).Append(Project.ProjectleiderId).OfType<string>().Distinct().ToList();
        var namen = personen.Count == 0 ? []
            : await db.Users.Where(g => personen.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam);
        Projectleider = Project.ProjectleiderId is null ? null : namen.GetValueOrDefault(Project.ProjectleiderId);

        var vandaag = Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var voorstellen = await lezer.ZichtbareVoorstellenAsync(id, actor, vandaag);
        var regels = new List<Voorstelregel>();
        foreach (var v in voorstellen)
        {
            var definitie = await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie);
            regels.Add(new Voorstelregel(v.Id, v.Registratienummer, v.Onderwerp, definitie.StatusTitel(v.Status), v.GeplandBw));
        }
        Voorstellen = regels;

        Resultaten = Project.Resultaten.OrderBy(r => r.Volgnummer).Select(r =>
        {
            // Evidence shows only when it still belongs to the project and the reader may see it.
            var voorstel = voorstellen.FirstOrDefault(v => v.Id == r.BewijsVoorstelId);
            var bijlage = voorstellen.SelectMany(v => v.Bijlagen.Where(b => b.Id == r.BewijsBijlageId
                && v.MagBijlageZien(b, actor, vandaag)).Select(b => (v.Id, b.Id, b.Naam))).FirstOrDefault();
            return new Resultaatregel(r.Id, r.Volgnummer, r.Tekst, r.Status, r.Bewijs,
                voorstel is null ? null : (voorstel.Id, Titel(voorstel.Registratienummer, voorstel.Onderwerp)),
                bijlage == default ? null : bijlage,
                r.GewijzigdDoorId is null ? null : namen.GetValueOrDefault(r.GewijzigdDoorId), r.GewijzigdOp);
        }).ToList();
        return Page();
    }

    public static string Titel(string? registratienummer, string onderwerp) =>
        registratienummer is null ? $"{onderwerp} (concept)" : $"{registratienummer} {onderwerp}";

    public static string StatusTekst(Resultaatstatus status) => status switch
    {
        Resultaatstatus.NogNietGestart => "Nog niet gestart",
        Resultaatstatus.Bezig => "Bezig",
        Resultaatstatus.Behaald => "Behaald",
        _ => status.ToString(),
    };

    public string Periode => (Project.Start, Project.Einde) switch
    {
        ({ } s, { } e) => $"{s.ToString("MMMM yyyy", Nl)} – {e.ToString("MMMM yyyy", Nl)}",
        ({ } s, null) => $"vanaf {s.ToString("MMMM yyyy", Nl)}",
        (null, { } e) => $"tot {e.ToString("MMMM yyyy", Nl)}",
        _ => "–",
    };

    public string BudgetTekst => Project.Budget is { } b
        ? string.Format(Nl, "€ {0:N0}{1}", b, Project.BudgetPeriode is { } p ? " " + p : "")
        : "–";
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Definities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten;

/// <summary>
/// The projectleider's board: per definition a table with the trajecten (accommodaties) as rows and the steps as
/// columns, each cell done / current (working days in step) / late / not started / skipped, filterable by kern and
/// groep, with totals per column and the project's resultaten. Read with projections only (<see cref="TrajectOverzicht"/>),
/// so the number of queries does not grow with the number of trajecten. Seen by whoever may see the project.
/// </summary>
public sealed class BordModel(BesluitvormingDbContext db, ProjectLezer lezer, ActorLader actors, TrajectOverzicht overzicht,
    TimeProvider klok) : PageModel
{
    public sealed record Tabel(WorkflowDefinitie Definitie, IReadOnlyList<StatusDefinitie> Stappen, IReadOnlyList<TrajectOverzicht.Rij> Rijen);

    public sealed record Resultaatregel(int Volgnummer, string Tekst, Resultaatstatus Status);

    [BindProperty(SupportsGet = true)] public string? Kern { get; set; }
    [BindProperty(SupportsGet = true)] public string? Groep { get; set; }

    public int Id { get; private set; }
    public string ProjectNaam { get; private set; } = "";
    public DateOnly Vandaag { get; private set; }
    public IReadOnlyList<string> Kernen { get; private set; } = [];
    public IReadOnlyList<string> Groepen { get; private set; } = [];
    public IReadOnlyList<Tabel> Tabellen { get; private set; } = [];
    public int Totaal { get; private set; }
    public IReadOnlyList<Resultaatregel> Resultaten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var feiten = await lezer.FeitenAsync(id, ct);
        if (feiten is null) return NotFound();
        if (!feiten.MagZien(await actors.HuidigeAsync(ct))) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        ProjectNaam = feiten.Naam;
        Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

        var rijen = await overzicht.VanProjectAsync(id, ct);
        Totaal = rijen.Count;
        Kernen = rijen.Select(r => r.Kern).OfType<string>().Distinct().Order(StringComparer.CurrentCulture).ToList();
        Groepen = rijen.Select(r => r.Groep).OfType<string>().Distinct().Order(StringComparer.CurrentCulture).ToList();
        Kern = string.IsNullOrWhiteSpace(Kern) ? null : Kern;
        Groep = string.IsNullOrWhiteSpace(Groep) ? null : Groep;
        Tabellen = rijen
            .Where(r => (Kern is null || r.Kern == Kern) && (Groep is null || r.Groep == Groep))
            .GroupBy(r => (r.WorkflowNaam, r.WorkflowVersie))
            .Select(g => new Tabel(g.First().Definitie, g.First().Definitie.Statussen.Where(s => !s.Eind).ToList(), g.ToList()))
            .OrderBy(t => t.Definitie.Titel, StringComparer.CurrentCulture).ThenBy(t => t.Definitie.Versie)
            .ToList();
        Resultaten = await db.Projectresultaten.AsNoTracking().Where(r => r.ProjectId == id).OrderBy(r => r.Volgnummer)
            .Select(r => new Resultaatregel(r.Volgnummer, r.Tekst, r.Status)).ToListAsync(ct);
        return Page();
    }
}

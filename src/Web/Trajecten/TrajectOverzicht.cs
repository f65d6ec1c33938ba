using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// The trajecten of one project as the board and the project page show them, read with two projection queries (the
/// trajecten, then all their step visits) whatever their number: no aggregate is loaded, and the definitions come from
/// the process-wide cache of <see cref="WorkflowRegister"/>.
/// </summary>
public sealed class TrajectOverzicht(BesluitvormingDbContext db, WorkflowRegister workflows)
{
    public sealed record Bezoek(long Id, string Stap, StapUitkomst? Uitkomst, DateTime GeopendOp, DateTime? GeslotenOp,
        DateOnly? Deadline, string EigenaarNaam);

    public sealed record Rij(int Id, string Naam, string? Kern, string? Groep, string WorkflowNaam, int WorkflowVersie, string Status,
        WorkflowDefinitie Definitie, IReadOnlyList<Bezoek> Bezoeken)
    {
        /// <summary>The open visit, if any.</summary>
        public Bezoek? Huidig => Bezoeken.LastOrDefault(b => b.Uitkomst is null);

        public bool IsTeLaat(DateOnly vandaag) => Huidig is { Deadline: { } d } && vandaag > d;

        public int DagenInStap(DateOnly vandaag) => Huidig is { } h ? Werkdagen.Tussen(DateOnly.FromDateTime(h.GeopendOp), vandaag) : 0;

        /// <summary>How a step of the definition stands for this traject: its latest visit decides.</summary>
        public Stapstand Stand(string stap, DateOnly vandaag)
        {
            var laatste = Bezoeken.LastOrDefault(b => b.Stap == stap);
            return Stapstand.Van(laatste is not null, laatste?.Uitkomst,
                laatste is { Uitkomst: null, Deadline: { } d } && vandaag > d);
        }
    }

    /// <summary>The project's trajecten by name, each with its visits in order.</summary>
    public async Task<IReadOnlyList<Rij>> VanProjectAsync(int projectId, CancellationToken ct = default)
    {
        var trajecten = await db.Trajecten.AsNoTracking()
            .Where(t => t.ProjectId == projectId)
            .Select(t => new { t.Id, t.Naam, t.Kern, t.Groep, t.WorkflowNaam, t.WorkflowVersie, t.Status })
            .ToListAsync(ct);
        if (trajecten.Count == 0) return [];
        var bezoeken = (await db.TrajectStappen.AsNoTracking()
                .Where(s => db.Trajecten.Any(t => t.Id == s.TrajectId && t.ProjectId == projectId))
                .Select(s => new { s.TrajectId, s.Id, s.Stap, s.Uitkomst, s.GeopendOp, s.GeslotenOp, s.Deadline, s.EigenaarNaam })
                .ToListAsync(ct))
            .OrderBy(s => s.Id)
            .ToLookup(s => s.TrajectId, s => new Bezoek(s.Id, s.Stap, s.Uitkomst, s.GeopendOp, s.GeslotenOp, s.Deadline, s.EigenaarNaam));
        var rijen = new List<Rij>(trajecten.Count);
        foreach (var t in trajecten.OrderBy(t => t.Naam, StringComparer.CurrentCulture).ThenBy(t => t.Id))
            rijen.Add(new Rij(t.Id, t.Naam, t.Kern, t.Groep, t.WorkflowNaam, t.WorkflowVersie, t.Status,
                await workflows.VersieAsync(t.WorkflowNaam, t.WorkflowVersie, ct), bezoeken[t.Id].ToList()));
        return rijen;
    }
}

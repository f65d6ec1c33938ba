using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Projecten;

/// <summary>Reads what <see cref="ProjectToegang"/> needs to decide who may see a project, for one project or all.</summary>
public sealed class ProjectLezer(BesluitvormingDbContext db)
{
    public sealed record Toegangsfeiten(int Id, string Naam, string? ProjectleiderId, string? AfdelingshoofdId, IReadOnlyList<string> Stellers)
    {
        public bool MagZien(Actor actor) => ProjectToegang.MagZien(actor, ProjectleiderId, AfdelingshoofdId, Stellers);
        public bool MagResultaatBijwerken(Actor actor) => ProjectToegang.MagResultaatBijwerken(actor, ProjectleiderId);
        public bool MagTrajectStarten(Actor actor) => ProjectToegang.MagTrajectStarten(actor, ProjectleiderId);
    }

    public async Task<Toegangsfeiten?> FeitenAsync(int id, CancellationToken ct = default) =>
        (await FeitenAsync(db.Projecten.Where(p => p.Id == id), ct)).SingleOrDefault();

    public async Task<IReadOnlyList<Toegangsfeiten>> ZichtbaarVoorAsync(Actor actor, CancellationToken ct = default) =>
        (await FeitenAsync(db.Projecten, ct)).Where(f => f.MagZien(actor)).ToList();

    /// <summary>The proposals linked to the project that this actor may see (<see cref="Voorstel.MagZien"/>), oldest first.</summary>
    public async Task<IReadOnlyList<Voorstel>> ZichtbareVoorstellenAsync(int projectId, Actor actor, DateOnly vandaag, CancellationToken ct = default) =>
        (await db.Voorstellen.AsNoTracking().AsSplitQuery()
            .Include(v => v.Taken).Include(v => v.Bijlagen)
            .Where(v => v.ProjectId == projectId)
            .OrderBy(v => v.Id)
            .ToListAsync(ct))
        .Where(v => v.MagZien(actor, vandaag))
        .ToList();

    private async Task<List<Toegangsfeiten>> FeitenAsync(IQueryable<Project> projecten, CancellationToken ct)
    {
        var rijen = await projecten
            .Select(p => new
            {
                p.Id, p.Naam, p.ProjectleiderId,
                AfdelingshoofdId = db.Afdelingen.Where(a => a.Id == p.AfdelingId).Select(a => a.AfdelingshoofdId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rijen.Select(r => r.Id).ToList();
        var stellers = (await db.Voorstellen.Where(v => v.ProjectId != null && ids.Contains(v.ProjectId.Value))
                .Select(v => new { ProjectId = v.ProjectId!.Value, v.StellerId }).Distinct().ToListAsync(ct))
            .ToLookup(s => s.ProjectId, s => s.StellerId);
        return rijen.Select(r => new Toegangsfeiten(r.Id, r.Naam, r.ProjectleiderId, r.AfdelingshoofdId, stellers[r.Id].ToList())).ToList();
    }
}

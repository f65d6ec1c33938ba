using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten;

/// <summary>The projects the signed-in user may see (ProjectToegang), with their projectleider, period and progress.</summary>
public sealed class IndexModel(BesluitvormingDbContext db, ProjectLezer lezer, ActorLader actors) : PageModel
{
    public sealed record Regel(int Id, string Naam, string? Programma, string? Afdeling, string? Projectleider,
        DateOnly? Start, DateOnly? Einde, int Resultaten, int Behaald, int Voorstellen);

    public IReadOnlyList<Regel> Regels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var zichtbaar = (await lezer.ZichtbaarVoorAsync(await actors.HuidigeAsync())).Select(f => f.Id).ToList();
        Regels = await db.Projecten.AsNoTracking()
            .Where(p => zichtbaar.Contains(p.Id))
            .OrderBy(p => p.Naam)
            .Select(p => new Regel(p.Id, p.Naam, p.Programma,
                db.Afdelingen.Where(a => a.Id == p.AfdelingId).Select(a => a.Naam).FirstOrDefault(),
                db.Users.Where(g => g.Id == p.ProjectleiderId).Select(g => g.Naam).FirstOrDefault(),
                p.Start, p.Einde, p.Resultaten.Count, p.Resultaten.Count(r => r.Status == Resultaatstatus.Behaald),
                db.Voorstellen.Count(v => v.ProjectId == p.Id && v.Registratienummer != null)))
            .ToListAsync();
    }
}

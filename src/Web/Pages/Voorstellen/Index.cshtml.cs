using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Workflows;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>The proposals the user wrote, or is involved in through a task.</summary>
public sealed class IndexModel(BesluitvormingDbContext db, ActorLader actors, WorkflowRegister workflows) : PageModel
{
    public sealed record Regel(int Id, string? Registratienummer, string Onderwerp, string Status, DateTime StatusSinds, bool Eigen);

    public IReadOnlyList<Regel> Voorstellen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = await actors.HuidigeAsync();
        var houders = actor.VervangtVoor.Append(actor.Id).ToList();
        var rijen = await db.Voorstellen.AsNoTracking()
            .Where(v => houders.Contains(v.StellerId) || v.Taken.Any(t => houders.Contains(t.HouderId)))
            .OrderByDescending(v => v.AangemaaktOp)
            .Select(v => new { v.Id, v.Registratienummer, v.Onderwerp, v.Status, v.StatusSinds, v.StellerId, v.WorkflowNaam, v.WorkflowVersie })
            .Take(200)
            .ToListAsync();
        var lijst = new List<Regel>();
        foreach (var r in rijen)
        {
            var def = await workflows.VersieAsync(r.WorkflowNaam, r.WorkflowVersie);
            lijst.Add(new Regel(r.Id, r.Registratienummer, r.Onderwerp, def.StatusTitel(r.Status), r.StatusSinds, r.StellerId == actor.Id));
        }
        Voorstellen = lijst;
    }
}

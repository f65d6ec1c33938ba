using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Taken;

public sealed class MijnTakenModel(BesluitvormingDbContext db, ActorLader actors, TimeProvider klok, WorkflowRegister workflows) : PageModel
{
    public sealed record Regel(int TaakId, int VoorstelId, string Omschrijving, string? Registratienummer, string Onderwerp,
        DateOnly? Deadline, string HouderNaam, bool AlsPlaatsvervanger);

    public IReadOnlyList<Regel> Taken { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    public async Task OnGetAsync()
    {
        Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        Taken = await LaadAsync(db, await actors.HuidigeAsync(), workflows);
    }

    /// <summary>
    /// Open tasks the actor holds, or may act on as a deputy in the same role; with <paramref name="workflows"/>, each
    /// described as its proposal's definition names it (a task kind of a gate added in JSON has its own title there).
    /// </summary>
    public static async Task<IReadOnlyList<Regel>> LaadAsync(BesluitvormingDbContext db, Actor actor, WorkflowRegister? workflows = null)
    {
        var houders = actor.VervangtVoor.Append(actor.Id).ToList();
        var taken = await db.Taken.AsNoTracking()
            .Where(t => t.Toestand == TaakStatus.Open && houders.Contains(t.HouderId))
            .Join(db.Voorstellen, t => t.VoorstelId, v => v.Id, (t, v) => new { Taak = t, v.Registratienummer, v.Onderwerp, v.Status, v.WorkflowNaam, v.WorkflowVersie })
            .ToListAsync();
        var definities = new Dictionary<(string, int), WorkflowDefinitie>();
        if (workflows is not null)
            foreach (var (naam, versie) in taken.Select(x => (x.WorkflowNaam, x.WorkflowVersie)).Distinct())
                definities[(naam, versie)] = await workflows.VersieAsync(naam, versie);
        return taken
            .Where(x => x.Taak.Status == x.Status && actor.MagHandelenOp(x.Taak))
            .Select(x => new Regel(x.Taak.Id, x.Taak.VoorstelId,
                (definities.TryGetValue((x.WorkflowNaam, x.WorkflowVersie), out var d)
                    ? d.TaakTitel(x.Taak.Status, x.Taak.Soort) : Taaksoorten.Naam(x.Taak.Soort)) + (x.Taak.Aspect is { } a ? $": {AspectTeksten.Naam(a)}" : ""),
                x.Registratienummer, x.Onderwerp, x.Taak.Deadline, x.Taak.HouderNaam, x.Taak.HouderId != actor.Id))
            .OrderBy(r => r.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.TaakId)
            .ToList();
    }
}

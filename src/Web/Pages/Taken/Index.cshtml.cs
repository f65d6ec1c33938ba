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
        // Only the columns the list and the permission check read (Actor.MagHandelenOp on the projection), and only the
        // tasks of the proposal's current step: the database drops the others. Without deputies the holder is a plain
        // equality, as a person would write it.
        var open = db.Taken.AsNoTracking().Where(t => t.Toestand == TaakStatus.Open);
        if (actor.VervangtVoor.Count == 0) open = open.Where(t => t.HouderId == actor.Id);
        else
        {
            var houders = actor.VervangtVoor.Append(actor.Id).ToList();
            open = open.Where(t => houders.Contains(t.HouderId));
        }
        var taken = await open.TagWith(Voorbereiding.Tag)
            .Join(db.Voorstellen, t => t.VoorstelId, v => v.Id, (t, v) => new { t, v })
            .Where(x => x.t.Status == x.v.Status)
            .Select(x => new
            {
                x.t.Id, x.t.VoorstelId, x.t.Soort, x.t.Status, x.t.Aspect, x.t.Deadline, x.t.HouderId, x.t.HouderNaam, x.t.Rol,
                x.v.Registratienummer, x.v.Onderwerp, x.v.WorkflowNaam, x.v.WorkflowVersie,
            })
            .ToListAsync();
        var definities = new Dictionary<(string, int), WorkflowDefinitie>();
        if (workflows is not null)
            foreach (var (naam, versie) in taken.Select(x => (x.WorkflowNaam, x.WorkflowVersie)).Distinct())
                definities[(naam, versie)] = await workflows.VersieAsync(naam, versie);
        return taken
            .Where(x => actor.MagHandelenOp(TaakStatus.Open, x.HouderId, x.Rol, x.Aspect))
            .Select(x => new Regel(x.Id, x.VoorstelId,
                (definities.TryGetValue((x.WorkflowNaam, x.WorkflowVersie), out var d)
                    ? d.TaakTitel(x.Status, x.Soort) : Taaksoorten.Naam(x.Soort)) + (x.Aspect is { } a ? $": {AspectTeksten.Naam(a)}" : ""),
                x.Registratienummer, x.Onderwerp, x.Deadline, x.HouderNaam, x.HouderId != actor.Id))
            .OrderBy(r => r.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.TaakId)
            .ToList();
    }
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Taken;

public sealed class MijnTakenModel(BesluitvormingDbContext db, ActorLader actors, TimeProvider klok) : PageModel
{
    public sealed record Regel(int TaakId, int VoorstelId, string Omschrijving, string? Registratienummer, string Onderwerp,
        DateOnly? Deadline, string HouderNaam, bool AlsPlaatsvervanger);

    public IReadOnlyList<Regel> Taken { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    public async Task OnGetAsync()
    {
        Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        Taken = await LaadAsync(db, await actors.HuidigeAsync());
    }

    /// <summary>Open tasks the actor holds, or may act on as a deputy in the same role.</summary>
    public static async Task<IReadOnlyList<Regel>> LaadAsync(BesluitvormingDbContext db, Actor actor)
    {
        var houders = actor.VervangtVoor.Append(actor.Id).ToList();
        var taken = await db.Taken.AsNoTracking()
            .Where(t => t.Toestand == TaakStatus.Open && houders.Contains(t.HouderId))
            .Join(db.Voorstellen, t => t.VoorstelId, v => v.Id, (t, v) => new { Taak = t, v.Registratienummer, v.Onderwerp, v.Status })
            .ToListAsync();
        return taken
            .Where(x => x.Taak.Status == x.Status && actor.MagHandelenOp(x.Taak))
            .Select(x => new Regel(x.Taak.Id, x.Taak.VoorstelId,
                Taaksoorten.Naam(x.Taak.Soort) + (x.Taak.Aspect is { } a ? $": {AspectTeksten.Naam(a)}" : ""),
                x.Registratienummer, x.Onderwerp, x.Taak.Deadline, x.Taak.HouderNaam, x.Taak.HouderId != actor.Id))
            .OrderBy(r => r.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.TaakId)
            .ToList();
    }
}

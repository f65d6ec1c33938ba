using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// The way in to the agendas: the recent and next meetings of the bodies whose agenda this user keeps (or, the beheerder,
/// sees); a cancelled meeting has no agenda and is left out.
/// </summary>
[Authorize]
public sealed class AgendasModel(BesluitvormingDbContext db, ActorLader actors, TimeProvider klok) : PageModel
{
    public sealed record Regel(int Id, Vergadersoort Soort, DateOnly Datum, DateOnly Sluitingsdatum, bool Vastgesteld);

    public IReadOnlyList<(Agendasoort Soort, IReadOnlyList<Regel> Vergaderingen)> Lijsten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.HuidigeAsync();
        var soorten = new[] { Agendasoort.College, Agendasoort.Directieteam, Agendasoort.Gemeenteraad }.Where(s => s.MagZien(actor)).ToList();
        if (soorten.Count == 0) return Forbid();
        var van = DateOnly.FromDateTime(klok.GetLocalNow().DateTime).AddDays(-14);
        var lijsten = new List<(Agendasoort, IReadOnlyList<Regel>)>();
        foreach (var s in soorten)
            lijsten.Add((s, await db.Vergaderkalender.AsNoTracking().Where(m => m.Soort == s.Soort && m.Datum >= van && m.Status != Vergaderstatus.Geannuleerd)
                .OrderBy(m => m.Datum).Take(6)
                .Select(m => new Regel(m.Id, m.Soort, m.Datum, m.Sluitingsdatum,
                    db.Agendas.Any(a => a.VergaderingId == m.Id && a.VastgesteldOp != null)))
                .ToListAsync()));
        Lijsten = lijsten;
        return Page();
    }
}

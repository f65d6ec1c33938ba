using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Openbaar;

/// <summary>
/// A public bijlage of a published decision. A bijlage that is not public, belongs to another proposal, or a proposal
/// that is not published: not found, the same answer as an id that does not exist.
/// </summary>
[AllowAnonymous]
public sealed class BijlageModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int bijlageId, CancellationToken ct)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var bijlage = await OpenbareBesluiten.PubliekeBijlagen(db, OpenbareBesluiten.Gepubliceerd(db, vandaag))
            .Where(b => b.Id == bijlageId && b.VoorstelId == id)
            .Select(b => new { b.Bestandsnaam, b.ContentType, Inhoud = db.Bestanden.Where(f => f.Id == b.BestandId).Select(f => f.Inhoud).Single() })
            .SingleOrDefaultAsync(ct);
        if (bijlage is null) return NotFound();
        OpenbareWeergave.Cachebaar(Response);
        return File(bijlage.Inhoud, bijlage.ContentType, bijlage.Bestandsnaam);
    }
}

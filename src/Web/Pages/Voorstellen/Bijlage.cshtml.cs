using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>Downloads an attachment after the same access check as the proposal, plus the attachment's own openness.</summary>
public sealed class BijlageModel(BesluitvormingDbContext db, VoorstelDienst dienst) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int bijlageId)
    {
        var voorstel = await dienst.LaadAsync(id);
        var bijlage = voorstel?.Bijlagen.SingleOrDefault(b => b.Id == bijlageId);
        if (voorstel is null || bijlage is null) return NotFound();
        var ctx = await dienst.LeescontextAsync(voorstel);
        if (!voorstel.MagBijlageZien(bijlage, ctx.Actor, ctx.Vandaag)) return NotFound();
        var inhoud = await db.Bestanden.Where(b => b.Id == bijlage.BestandId).Select(b => b.Inhoud).SingleAsync();
        return File(inhoud, bijlage.ContentType, bijlage.Bestandsnaam);
    }
}

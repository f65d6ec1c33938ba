using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Link;

/// <summary>An attachment of the link's proposal, for the link's person, under the same rules as in the app.</summary>
[AllowAnonymous]
public sealed class BijlageModel(LinkToegang toegang, BesluitvormingDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, int bijlageId)
    {
        Response.Headers.CacheControl = "no-store";
        var o = await toegang.OpenAsync(token);
        var bijlage = o?.Voorstel.Bijlagen.SingleOrDefault(b => b.Id == bijlageId);
        if (o is null || bijlage is null
            || !o.Voorstel.MagBijlageZien(bijlage, o.Actor, o.Context.Vandaag))
            return NotFound();
        var inhoud = await db.Bestanden.Where(b => b.Id == bijlage.BestandId).Select(b => b.Inhoud).SingleAsync();
        return File(inhoud, bijlage.ContentType, bijlage.Bestandsnaam);
    }
}

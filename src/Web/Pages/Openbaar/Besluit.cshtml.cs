using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Openbaar;

/// <summary>One published decision with its dictum, summary and public bijlagen; any other id is simply not found.</summary>
[AllowAnonymous]
public sealed class BesluitModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public OpenbaarBesluit Besluit { get; private set; } = null!;
    public IReadOnlyList<string> Dictum { get; private set; } = [];
    public string? Wat { get; private set; }
    public string? Hoe { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await OpenbareBesluiten.VindAsync(db, DateOnly.FromDateTime(klok.GetLocalNow().DateTime), id, ct) is not { } gevonden)
            return NotFound();
        OpenbareWeergave.Cachebaar(Response);
        (Besluit, Dictum, Wat, Hoe) = gevonden;
        return Page();
    }
}

using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Openbaar;

/// <summary>
/// The public besluitenlijst of one B&amp;W meeting: its published decisions, and the items it held over whose proposal is
/// published since. A date without either is not found.
/// </summary>
[AllowAnonymous]
public sealed class BesluitenlijstModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public DateOnly Datum { get; private set; }
    public IReadOnlyList<OpenbaarBesluit> Besluiten { get; private set; } = [];
    public IReadOnlyList<OpenbaarAangehouden> Aangehouden { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string datum, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return NotFound();
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var (besluiten, _) = await OpenbareBesluiten.ZoekAsync(db, vandaag, new Zoekvraag(null, null, null, null) { Vergadering = d }, 0, 500, ct);
        var aangehouden = await OpenbareBesluiten.AangehoudenAsync(db, vandaag, d, ct);
        if (besluiten.Count == 0 && aangehouden.Count == 0) return NotFound();
        OpenbareWeergave.Cachebaar(Response);
        Datum = d;
        Besluiten = besluiten;
        Aangehouden = aangehouden;
        return Page();
    }
}

using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Openbaar;

/// <summary>
/// The public besluitenlijsten without login: published decisions grouped per B&amp;W meeting, newest first, searchable
/// on text, a date range and the body that decided. A GET only reads; bad input gets a message at its field.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public const int PerPagina = 50;

    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public string? Orgaan { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;

    public IReadOnlyList<IGrouping<DateOnly, OpenbaarBesluit>> Lijsten { get; private set; } = [];
    public int Totaal { get; private set; }
    public int Paginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);

    public async Task OnGetAsync(CancellationToken ct)
    {
        OpenbareWeergave.Cachebaar(Response);
        var van = LeesDatum(nameof(Van), Van);
        var tot = LeesDatum(nameof(Tot), Tot);
        if (van is not null && tot is not null && tot < van)
            ModelState.AddModelError(nameof(Tot), "De datum 'tot en met' ligt vóór de datum 'vanaf'.");
        if (Orgaan is { Length: > 0 } && Orgaan is not (OpenbareBesluiten.College or OpenbareBesluiten.Raad))
            ModelState.AddModelError(nameof(Orgaan), "Kies het college, de gemeenteraad of beide.");
        if (Zoek?.Length > 200) ModelState.AddModelError(nameof(Zoek), "Zoek op ten hoogste 200 tekens.");
        if (!ModelState.IsValid) return;

        Pagina = Math.Clamp(Pagina, 1, 10_000);
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var (besluiten, totaal) = await OpenbareBesluiten.ZoekAsync(db, vandaag,
            new Zoekvraag(string.IsNullOrWhiteSpace(Zoek) ? null : Zoek.Trim(), van, tot, string.IsNullOrEmpty(Orgaan) ? null : Orgaan),
            (Pagina - 1) * PerPagina, PerPagina, ct);
        Totaal = totaal;
        Lijsten = besluiten.GroupBy(b => b.Collegevergadering).ToList();
    }

    private DateOnly? LeesDatum(string veld, string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return null;
        if (DateOnly.TryParseExact(tekst.Trim(), ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var d)) return d;
        ModelState.AddModelError(veld, "Vul een datum in als 31-12-2026.");
        return null;
    }

    public string PaginaUrl(int pagina) => QueryHelpers(new Dictionary<string, string?>
    {
        ["Zoek"] = Zoek, ["Van"] = Van, ["Tot"] = Tot, ["Orgaan"] = Orgaan, ["Pagina"] = pagina.ToString(CultureInfo.InvariantCulture),
    });

    private static string QueryHelpers(Dictionary<string, string?> waarden) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Openbaar",
            waarden.Where(w => !string.IsNullOrEmpty(w.Value)).ToDictionary(w => w.Key, w => w.Value));
}

using System.Globalization;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Api;

/// <summary>
/// The API's audit log for the beheerder: every token issued and every write through the API, newest first, filtered
/// by client, kind and period (days in the app's time zone), 50 a page.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class AuditlogModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public const int Paginagrootte = 50;

    [BindProperty(SupportsGet = true)] public string? Client { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Vanaf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;

    public IReadOnlyList<ApiAuditregel> Regels { get; private set; } = [];
    public IReadOnlyList<string> Clients { get; private set; } = [];
    public int Totaal { get; private set; }
    public bool HeeftVolgende => (long)Pagina * Paginagrootte < Totaal;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Wrong filter values are said at the field; the log is then shown without that filter.
        ModelState.Clear();
        if (Pagina < 1) Pagina = 1;
        var q = db.ApiAuditregels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Client)) q = q.Where(r => r.ClientId == Client);
        if (!string.IsNullOrWhiteSpace(Soort))
        {
            if (Enum.TryParse<ApiAuditsoort>(Soort, out var s) && Enum.IsDefined(s)) q = q.Where(r => r.Soort == s);
            else ModelState.AddModelError(nameof(Soort), "Kies een soort uit de lijst.");
        }
        var van = Datum(Vanaf, nameof(Vanaf));
        var tot = Datum(Tot, nameof(Tot));
        if (van is { } a && tot is { } b && b < a) ModelState.AddModelError(nameof(Tot), "De einddatum ligt voor de begindatum.");
        else
        {
            if (van is { } v) { var u = Utc(v); q = q.Where(r => r.Tijdstip >= u); }
            if (tot is { } t) { var u = Utc(t.AddDays(1)); q = q.Where(r => r.Tijdstip < u); }
        }
        Totaal = await q.CountAsync(ct);
        Regels = await q.OrderByDescending(r => r.Tijdstip).ThenByDescending(r => r.Id)
            .Skip((int)Math.Min((long)(Pagina - 1) * Paginagrootte, int.MaxValue)).Take(Paginagrootte).ToListAsync(ct);
        Clients = await db.ApiAuditregels.Select(r => r.ClientId).Distinct().OrderBy(c => c).ToListAsync(ct);
    }

    private DateOnly? Datum(string? tekst, string veld)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return null;
        if (DateOnly.TryParseExact(tekst.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        ModelState.AddModelError(veld, "Vul een datum in als dd-mm-jjjj.");
        return null;
    }

    private DateTime Utc(DateOnly dag) =>
        TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), klok.LocalTimeZone);

    public string Lokaal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), klok.LocalTimeZone).ToString("d MMM yyyy HH:mm:ss", CultureInfo.GetCultureInfo("nl-NL"));

    public string PaginaUrl(int pagina) => Url.Page("Auditlog", new { Client, Soort, Vanaf, Tot, pagina })!;

    public static string Omschrijving(ApiAuditsoort soort) => soort switch
    {
        ApiAuditsoort.TokenUitgegeven => "Token uitgegeven",
        _ => "Schrijfactie",
    };
}

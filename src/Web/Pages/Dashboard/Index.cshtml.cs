using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Dashboard;

/// <summary>
/// The bestuurssecretariaat's control room (the gemeentesecretaris has that role too): what is open at each gate and
/// what is late, who holds it, what goes to the next DT and B&amp;W, and how fast the gates were over the last months.
/// A fixed number of queries whatever the number of proposals; every number links to the list behind it, here (the
/// drill-down below the figures) or in the overview. The role is bestuurlijk, so it may see every submitted proposal
/// (<see cref="Voorstel.MagZien"/>); a draft (no registratienummer) is never counted.
/// </summary>
[Authorize(Roles = Rollen.Bestuurssecretariaat)]
public sealed class IndexModel(BesluitvormingDbContext db, WorkflowRegister workflows, TimeProvider klok) : PageModel
{
    public const int Maanden = 6;

    public sealed record Poort(string Status, string Titel, int Open, int TeLaat);
    public sealed record Groep(int? Id, string Naam, int Open, int TeLaat);
    public sealed record LateTaak(int VoorstelId, string? Registratienummer, string Onderwerp, string Poort, string Taak,
        string Houder, DateOnly Deadline, int DagenTeLaat);
    public sealed record Vergadering(Vergadersoort Soort, string Naam, DateOnly? Datum, DateOnly? Sluitingsdatum,
        IReadOnlyList<Regel> Voorstellen);
    public sealed record Regel(int Id, string? Registratienummer, string Onderwerp, string Poort, bool TeLaat);
    public sealed record Doorloop(string Status, string Titel, IReadOnlyList<int> PerMaand, int Totaal,
        double? MediaanDagen, double? P90Dagen);
    public sealed record Vertrek(int VoorstelId, string? Registratienummer, string Onderwerp, string Naar,
        DateTime Binnen, DateTime Weg, double Dagen);

    // Drill-down filters: over the open proposals, or over the departures from one gate.
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public int? AfdelingId { get; set; }
    [BindProperty(SupportsGet = true)] public bool TeLaat { get; set; }
    [BindProperty(SupportsGet = true)] public bool Alle { get; set; }
    [BindProperty(SupportsGet = true)] public string? Verlaten { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maand { get; set; }

    public DateOnly Vandaag { get; private set; }
    public IReadOnlyList<Poort> Poorten { get; private set; } = [];
    public IReadOnlyList<Groep> PerProject { get; private set; } = [];
    public IReadOnlyList<Groep> PerAfdeling { get; private set; } = [];
    public IReadOnlyList<LateTaak> Laat { get; private set; } = [];
    public IReadOnlyList<Vergadering> Vergaderingen { get; private set; } = [];
    /// <summary>The months of the window, oldest first, as "yyyy-MM".</summary>
    public IReadOnlyList<string> MaandSleutels { get; private set; } = [];
    public IReadOnlyList<Doorloop> Doorlopen { get; private set; } = [];
    public IReadOnlyList<Regel>? Lijst { get; private set; }
    public IReadOnlyList<Vertrek>? Vertrekken { get; private set; }
    public string? LijstTitel { get; private set; }

    /// <summary>The project id that stands for "no project" in a drill-down link.</summary>
    public const int GeenProject = 0;

    public async Task<IActionResult> OnGetAsync()
    {
        var definitie = await workflows.NieuwsteAsync(Besluitvorming.Web.Voorstellen.VoorstelDienst.Workflow);
        var poortStatussen = definitie.Statussen.Where(s => s.Naam != definitie.Beginstatus && !s.Eind).ToList();
        var eind = definitie.Statussen.Where(s => s.Eind).Select(s => s.Naam).ToList();
        Vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var vandaag = Vandaag;
        var teLaat = Taak.TeLaatOp(vandaag);

        var open = db.Voorstellen.AsNoTracking().Where(v => v.Registratienummer != null && !eind.Contains(v.Status));

        // 1. Open proposals by gate, project and afdeling, late or not: one grouped query.
        var groepen = await open
            .Select(v => new
            {
                v.Status, v.ProjectId, v.AfdelingId,
                Laat = v.Taken.AsQueryable().Any(teLaat),
            })
            .GroupBy(x => new { x.Status, x.ProjectId, x.AfdelingId, x.Laat })
            .Select(g => new { g.Key.Status, g.Key.ProjectId, g.Key.AfdelingId, g.Key.Laat, Aantal = g.Count() })
            .ToListAsync();
        var bekend = poortStatussen.Select(s => s.Naam).ToHashSet();
        Poorten = poortStatussen
            .Select(s => new Poort(s.Naam, s.Titel, groepen.Where(g => g.Status == s.Naam).Sum(g => g.Aantal),
                groepen.Where(g => g.Status == s.Naam && g.Laat).Sum(g => g.Aantal)))
            // A status only an older definition version has still shows while proposals sit in it.
            .Concat(groepen.Where(g => !bekend.Contains(g.Status)).GroupBy(g => g.Status)
                .Select(g => new Poort(g.Key, g.Key, g.Sum(x => x.Aantal), g.Where(x => x.Laat).Sum(x => x.Aantal))))
            .ToList();

        // 2. Names of the projects and afdelingen that have open proposals.
        var projectIds = groepen.Where(g => g.ProjectId != null).Select(g => g.ProjectId!.Value).Distinct().ToList();
        var afdelingIds = groepen.Select(g => g.AfdelingId).Distinct().ToList();
        var projectNamen = await db.Projecten.Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Naam);
        var afdelingNamen = await db.Afdelingen.Where(a => afdelingIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Naam);
        PerProject = groepen.GroupBy(g => g.ProjectId)
            .Select(g => new Groep(g.Key ?? GeenProject, g.Key is { } p ? projectNamen.GetValueOrDefault(p, $"Project {p}") : "Zonder project",
                g.Sum(x => x.Aantal), g.Where(x => x.Laat).Sum(x => x.Aantal)))
            .OrderBy(g => g.Id == GeenProject).ThenBy(g => g.Naam, StringComparer.CurrentCulture).ToList();
        PerAfdeling = groepen.GroupBy(g => g.AfdelingId)
            .Select(g => new Groep(g.Key, afdelingNamen.GetValueOrDefault(g.Key, $"Afdeling {g.Key}"),
                g.Sum(x => x.Aantal), g.Where(x => x.Laat).Sum(x => x.Aantal)))
            .OrderBy(g => g.Naam, StringComparer.CurrentCulture).ToList();

        // 3. Late tasks (Taak.IsTeLaat, in SQL): proposal, gate, task, holder, days late.
        var laat = await db.Taken.AsNoTracking()
            .Where(teLaat)
            .Join(open, t => t.VoorstelId, v => v.Id, (t, v) => new
            {
                t.VoorstelId, v.Registratienummer, v.Onderwerp, t.Status, t.Soort, t.Aspect, t.HouderNaam, Deadline = t.Deadline!.Value,
            })
            .ToListAsync();
        Laat = laat
            .Select(x => new LateTaak(x.VoorstelId, x.Registratienummer, x.Onderwerp, definitie.StatusTitel(x.Status),
                definitie.TaakTitel(x.Status, x.Soort) + (x.Aspect is { } a ? $": {AspectTeksten.Naam(a)}" : ""),
                x.HouderNaam, x.Deadline, vandaag.DayNumber - x.Deadline.DayNumber))
            .OrderByDescending(x => x.DagenTeLaat).ThenBy(x => x.VoorstelId).ToList();

        // 4. The next DT and B&W meetings and the open proposals planned on them.
        var volgende = await db.Vergaderkalender.AsNoTracking().Where(m => m.Datum >= vandaag && m.Status != Vergaderstatus.Geannuleerd)
            .GroupBy(m => m.Soort).Select(g => new { Soort = g.Key, Datum = g.Min(m => m.Datum) }).ToListAsync();
        var dt = volgende.FirstOrDefault(m => m.Soort == Vergadersoort.Directieteam)?.Datum;
        var bw = volgende.FirstOrDefault(m => m.Soort == Vergadersoort.College)?.Datum;
        var datums = new[] { dt, bw }.OfType<DateOnly>().ToList();
        var sluiting = await db.Vergaderkalender.AsNoTracking().Where(m => datums.Contains(m.Datum))
            .Select(m => new { m.Soort, m.Datum, m.Sluitingsdatum }).ToListAsync();
        var gepland = await Regels(open.Where(v => (dt != null && v.GeplandDt == dt) || (bw != null && v.GeplandBw == bw)), definitie);
        Vergaderingen =
        [
            new(Vergadersoort.Directieteam, "Directieteam", dt, sluiting.FirstOrDefault(s => s.Soort == Vergadersoort.Directieteam && s.Datum == dt)?.Sluitingsdatum,
                gepland.Where(g => dt != null && g.Dt == dt).Select(g => g.Regel).ToList()),
            new(Vergadersoort.College, "College van B&W", bw, sluiting.FirstOrDefault(s => s.Soort == Vergadersoort.College && s.Datum == bw)?.Sluitingsdatum,
                gepland.Where(g => bw != null && g.Bw == bw).Select(g => g.Regel).ToList()),
        ];

        // 5. Throughput and lead time per gate: every departure from a gate in the window, with the moment the proposal
        // last entered that gate, from the timeline in one query; months, median and p90 are counted here.
        var zone = klok.LocalTimeZone;
        var nu = klok.GetLocalNow();
        var eersteMaand = new DateTime(nu.Year, nu.Month, 1).AddMonths(-(Maanden - 1));
        var vanaf = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(eersteMaand, DateTimeKind.Unspecified), zone);
        MaandSleutels = Enumerable.Range(0, Maanden).Select(i => eersteMaand.AddMonths(i).ToString("yyyy-MM")).ToList();
        var vertrekken = await db.Gebeurtenissen.AsNoTracking()
            .Where(e => e.Tijdstip >= vanaf && e.VanStatus != null && e.NaarStatus != null && e.VanStatus != definitie.Beginstatus)
            .Join(db.Voorstellen.Where(v => v.Registratienummer != null), e => e.VoorstelId, v => v.Id, (e, v) => new
            {
                e.VoorstelId, v.Registratienummer, v.Onderwerp, Van = e.VanStatus!, Naar = e.NaarStatus!, Weg = e.Tijdstip,
                Binnen = db.Gebeurtenissen.Where(b => b.VoorstelId == e.VoorstelId && b.NaarStatus == e.VanStatus && b.Id < e.Id)
                    .Max(b => (DateTime?)b.Tijdstip),
            })
            .ToListAsync();
        string MaandVan(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM");
        Doorlopen = poortStatussen.Select(s => s.Naam).Concat(vertrekken.Select(v => v.Van).Where(v => !bekend.Contains(v)).Distinct())
            .Select(status =>
            {
                var weg = vertrekken.Where(v => v.Van == status).ToList();
                var dagen = weg.Where(v => v.Binnen != null).Select(v => (v.Weg - v.Binnen!.Value).TotalDays).Order().ToList();
                return new Doorloop(status, definitie.StatusTitel(status),
                    MaandSleutels.Select(m => weg.Count(v => MaandVan(v.Weg) == m)).ToList(), weg.Count,
                    Percentiel(dagen, 0.5), Percentiel(dagen, 0.9));
            })
            .ToList();

        // The drill-down the links ask for.
        if (!string.IsNullOrEmpty(Verlaten))
        {
            Vertrekken = vertrekken.Where(v => v.Van == Verlaten && (Maand is null || MaandVan(v.Weg) == Maand))
                .OrderByDescending(v => v.Weg)
                .Select(v => new Vertrek(v.VoorstelId, v.Registratienummer, v.Onderwerp, Besluitvorming.Web.Voorstellen.Statustitel.NaOvergang(definitie, v.Van, v.Naar),
                    TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(v.Binnen ?? v.Weg, DateTimeKind.Utc), zone),
                    TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(v.Weg, DateTimeKind.Utc), zone),
                    v.Binnen is { } b ? (v.Weg - b).TotalDays : 0))
                .ToList();
            LijstTitel = $"Vertrokken uit {definitie.StatusTitel(Verlaten)}" + (Maand is null ? $" (laatste {Maanden} maanden)" : $" in {Maand}");
        }
        else if (Alle || !string.IsNullOrEmpty(Status) || ProjectId is not null || AfdelingId is not null || TeLaat)
        {
            var q = open;
            if (!string.IsNullOrEmpty(Status)) q = q.Where(v => v.Status == Status);
            if (ProjectId == GeenProject) q = q.Where(v => v.ProjectId == null);
            else if (ProjectId is { } p) q = q.Where(v => v.ProjectId == p);
            if (AfdelingId is { } a) q = q.Where(v => v.AfdelingId == a);
            if (TeLaat) q = q.Where(v => v.Taken.AsQueryable().Any(teLaat));
            Lijst = (await Regels(q, definitie)).Select(r => r.Regel).ToList();
            LijstTitel = string.Join(", ", new[]
            {
                string.IsNullOrEmpty(Status) ? null : definitie.StatusTitel(Status),
                ProjectId is { } pid ? PerProject.FirstOrDefault(g => g.Id == pid)?.Naam ?? "project" : null,
                AfdelingId is { } aid ? PerAfdeling.FirstOrDefault(g => g.Id == aid)?.Naam ?? "afdeling" : null,
                TeLaat ? "te laat" : null,
            }.OfType<string>()) is { Length: > 0 } t ? $"Open voorstellen: {t}" : "Open voorstellen";
        }
        return Page();

        async Task<List<(Regel Regel, DateOnly? Dt, DateOnly? Bw)>> Regels(IQueryable<Voorstel> q, WorkflowDefinitie d)
        {
            var rijen = await q.OrderBy(v => v.StatusSinds).ThenBy(v => v.Id)
                .Select(v => new
                {
                    v.Id, v.Registratienummer, v.Onderwerp, v.Status, v.GeplandDt, v.GeplandBw,
                    Laat = v.Taken.AsQueryable().Any(teLaat),
                })
                .ToListAsync();
            return rijen.Select(r => (new Regel(r.Id, r.Registratienummer, r.Onderwerp, d.StatusTitel(r.Status), r.Laat), r.GeplandDt, r.GeplandBw)).ToList();
        }
    }

    /// <summary>Nearest-rank percentile of sorted values, in days with one decimal; null when there are none.</summary>
    public static double? Percentiel(IReadOnlyList<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? null : Math.Round(gesorteerd[Math.Max(0, (int)Math.Ceiling(p * gesorteerd.Count) - 1)], 1);

    public string LijstUrl(object filters) => Url.Page("/Dashboard/Index", filters) + "#lijst";
}

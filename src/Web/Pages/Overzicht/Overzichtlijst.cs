using System.Linq.Expressions;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// Reads the overview for a filter: the rows (one page, or all for an export), sorted in SQL with the id as
/// tie-breaker, and the totals per project. Every submitted proposal is in it: the roles that may open the overview
/// (policy Monitoring) are bestuurlijk and see every submitted proposal (Voorstel.MagZien); drafts stay out.
/// The number of SQL statements does not grow with the number of proposals.
/// </summary>
public sealed class Overzichtlijst(BesluitvormingDbContext db, WorkflowRegister workflows, Overzichtcache cache, TimeProvider klok)
{
    public sealed record Regel(int Id, string? Registratienummer, string Onderwerp, string? Project, string? Afdeling,
        string Steller, string Status, string Houders, int DagenInStatus, DateOnly? GeplandBw, DateOnly StatusSinds,
        bool TeLaat, string TeLaatBij);

    public sealed record Projecttotaal(int? ProjectId, int Aantal, int TeLaat);

    public DateOnly Vandaag { get; } = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    /// <summary>The newest definition (its gates give the status filter and the sort order), from the kept lists.</summary>
    public async Task<WorkflowDefinitie> DefinitieAsync() => (await cache.HaalAsync(db)).Definitie;

    // PostgreSQL's ILIKE in a method of its own, never inlined: compiling Gefilterd then does not load the PostgreSQL
    // provider on SQLite or SQL Server (issue 12, P4).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IQueryable<Voorstel> ZoekMetILike(IQueryable<Voorstel> q, string z) =>
        q.Where(v => EF.Functions.ILike(v.Registratienummer!, z, Escape) || EF.Functions.ILike(v.Onderwerp, z, Escape));

    public IQueryable<Voorstel> Gefilterd(Overzichtfilter f)
    {
        var q = db.Voorstellen.AsNoTracking().Where(v => v.Registratienummer != null);
        if (!string.IsNullOrWhiteSpace(f.Status)) q = q.Where(v => v.Status == f.Status);
        if (f.ProjectId == Overzichtfilter.ZonderProject) q = q.Where(v => v.ProjectId == null);
        else if (f.ProjectId is { } p) q = q.Where(v => v.ProjectId == p);
        if (f.AfdelingId is { } a) q = q.Where(v => v.AfdelingId == a);
        if (!string.IsNullOrWhiteSpace(f.Zoek))
        {
            // A case-insensitive substring of the number or the subject, through an index where the database has one
            // (migration Zoekindex): PostgreSQL's ILIKE uses the pg_trgm GIN indexes on both columns; SQLite looks a term
            // of 3+ characters up in the FTS5 trigram table VoorstelZoekindex (kept by triggers), a shorter term scans
            // with LIKE (ASCII case folding); SQL Server scans with LIKE (its default collation is case-insensitive).
            var tekst = f.Zoek.Trim();
            var z = $"%{ZonderJokers(tekst)}%";
            if (db is PostgresBesluitvormingDbContext)
                q = ZoekMetILike(q, z);
            else if (db is SqliteBesluitvormingDbContext && tekst.EnumerateRunes().Count() >= MinimumZoekindex)
            {
                // Id + 0: the ids are looked up in the list of hits, not the hits in the table by id, so a page walks the
                // index in the order it shows until it has its 25 rows (5x less work than fetching every hit and sorting
                // them, for a word in 10% of 20,000 proposals); the totals cost the same either way.
                var treffers = Zoekindex(tekst);
                q = q.Where(v => treffers.Contains(v.Id + 0));
            }
            else
                q = q.Where(v => EF.Functions.Like(v.Registratienummer!, z, Escape) || EF.Functions.Like(v.Onderwerp, z, Escape));
        }
        if (f.TeLaat) q = q.Where(v => TeLaat().Contains(v.Id));
        return q;
    }

    private const string Escape = "\\";

    /// <summary>A trigram index finds a term of at least three characters (a shorter one has no trigram).</summary>
    public const int MinimumZoekindex = 3;

    /// <summary>
    /// SQLite: the ids of the proposals whose number or subject holds the text, from the FTS5 trigram index. The text is
    /// one quoted phrase (a quote doubled), so nothing in it is FTS syntax: the trigrams of the phrase in a row, in order,
    /// is the text as a substring, case-insensitive (Unicode case folding, no diacritics removed).
    /// </summary>
    private IQueryable<int> Zoekindex(string tekst)
    {
        var fraze = $"\"{tekst.Replace("\"", "\"\"")}\"";
        return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"VoorstelZoekindex\" WHERE \"VoorstelZoekindex\" MATCH {fraze}");
    }

    /// <summary>What the user typed, with LIKE's wildcards taken literally.</summary>
    private static string ZonderJokers(string tekst) =>
        tekst.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_");

    /// <summary>
    /// The ids of the late proposals, as a subquery the database evaluates once (from the index on the open tasks'
    /// deadlines), instead of a lookup in the tasks for every proposal in the list.
    /// </summary>
    private IQueryable<int> TeLaat() => db.Taken.Where(Taak.TeLaatOp(Vandaag)).Select(t => t.VoorstelId);

    /// <summary>
    /// Per project (null: without project) how many proposals the filter holds and how many are late; one query. Without
    /// a filter the count per project is the kept one (<see cref="Overzichtcache"/>: counting every row grew with the
    /// table) and the query counts only the late ones, from the index on the open tasks' deadlines.
    /// </summary>
    public async Task<IReadOnlyList<Projecttotaal>> TotalenAsync(IQueryable<Voorstel> q, Overzichtfilter f)
    {
        var teLaat = TeLaat();
        if (f.IsOngefilterd)
        {
            var aantallen = await cache.AantallenAsync(db);
            var laat = (await q.TagWith(Voorbereiding.Tag).Where(v => teLaat.Contains(v.Id)).GroupBy(v => v.ProjectId)
                    .Select(g => new { g.Key, TeLaat = g.Count() }).ToListAsync())
                .ToDictionary(r => r.Key ?? GeenProject, r => r.TeLaat);
            return aantallen.Select(a => new Projecttotaal(a.ProjectId, a.Aantal, laat.GetValueOrDefault(a.ProjectId ?? GeenProject))).ToList();
        }
        var rijen = await q.TagWith(Voorbereiding.Tag).Select(v => new { v.ProjectId, Laat = teLaat.Contains(v.Id) })
            .GroupBy(x => x.ProjectId)
            .Select(g => new { g.Key, Aantal = g.Count(), TeLaat = g.Count(x => x.Laat) })
            .ToListAsync();
        return rijen.Select(r => new Projecttotaal(r.Key, r.Aantal, r.TeLaat)).ToList();
    }

    /// <summary>A dictionary key for "without project" (ids start at 1).</summary>
    private const int GeenProject = -1;

    public async Task<IReadOnlyList<Regel>> RegelsAsync(IQueryable<Voorstel> q, Overzichtfilter f, int overslaan = 0, int? aantal = null)
    {
        var lijsten = await cache.HaalAsync(db);
        var definitie = lijsten.Definitie;
        var statussen = definitie.Statussen.Select(s => s.Naam).ToList();
        var gesorteerd = Sorteer(q, f, statussen);
        if (aantal is { } n)
        {
            // A page: first its ids (the sort and the filters over an index, nothing else read for the rows skipped),
            // then only those rows with their names and open tasks, in the same order. One statement; without it
            // PostgreSQL read every skipped row with its project and afdeling (a page 90% down 5x the first page).
            var pagina = (overslaan > 0 ? gesorteerd.Skip(overslaan) : gesorteerd).Take(n).Select(v => v.Id);
            gesorteerd = Sorteer(db.Voorstellen.Where(v => pagina.Contains(v.Id)), f, statussen);
        }
        else if (overslaan > 0) gesorteerd = gesorteerd.Skip(overslaan);
        var collegeuitkomsten = db.Database.SqlQuery<Besluituitkomst>($"SELECT \"VoorstelId\", \"Uitkomst\" FROM \"Collegebesluiten\"");
        var raadsuitkomsten = db.Database.SqlQuery<Besluituitkomst>($"SELECT \"VoorstelId\", \"Uitkomst\" FROM \"Raadsbesluiten\"");
        // A page in the default order is a prepared statement (Data/Voorbereiding; the filters make a few dozen texts at
        // most); the other orders and the exports are not, so a connection never holds hundreds of them.
        if (aantal is not null && f.IsStandaard) gesorteerd = gesorteerd.TagWith(Voorbereiding.Tag);
        var rijen = await gesorteerd
            .Select(v => new
            {
                v.Id, v.Registratienummer, v.Onderwerp, v.Status, v.StatusSinds, v.GeplandBw, v.WorkflowNaam, v.WorkflowVersie,
                // The names come from the kept lists (Overzichtcache), not from two subqueries per row.
                v.ProjectId, v.AfdelingId,
                Open = v.Taken.Where(t => t.Toestand == TaakStatus.Open)
                    .Select(t => new { t.HouderNaam, t.Status, t.Deadline, t.Toestand }).ToList(),
                v.StellerNaam,
                // The outcome a published proposal's state hides (Statustitel): same statement, a subquery per decisions'
                // table for a published row only (the two outer joins of the owned types cost PostgreSQL more planning
                // than the rest of the statement).
                College = v.Status == Statustitel.Gepubliceerd ? collegeuitkomsten.Where(u => u.VoorstelId == v.Id).Select(u => u.Uitkomst).FirstOrDefault() : null,
                Raad = v.Status == Statustitel.Gepubliceerd ? raadsuitkomsten.Where(u => u.VoorstelId == v.Id).Select(u => u.Uitkomst).FirstOrDefault() : null,
            })
            .ToListAsync();

        var projecten = Namen(lijsten.Projecten);
        var afdelingen = Namen(lijsten.Afdelingen);
        // A project or afdeling saved after the lists were kept (their invalidation follows the commit): its name read here.
        await VulAanAsync(projecten, rijen.Where(r => r.ProjectId is not null).Select(r => r.ProjectId!.Value),
            ids => db.Projecten.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new Overzichtcache.Keuze(p.Id, p.Naam)));
        await VulAanAsync(afdelingen, rijen.Select(r => r.AfdelingId),
            ids => db.Afdelingen.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new Overzichtcache.Keuze(a.Id, a.Naam)));

        var regels = new List<Regel>(rijen.Count);
        foreach (var r in rijen)
        {
            var versie = await workflows.VersieAsync(r.WorkflowNaam, r.WorkflowVersie);
            var status = versie.Status(r.Status);
            var inStap = r.Open.Where(t => t.Status == r.Status).Select(t => t.HouderNaam).Distinct().ToList();
            var houders = inStap.Count > 0 ? string.Join(", ", inStap) : status.BewerkbaarDoorSteller ? r.StellerNaam : "–";
            var teLaatBij = r.Open.Where(t => Taak.IsTeLaatOp(t.Toestand, t.Deadline, Vandaag)).Select(t => t.HouderNaam).Distinct().ToList();
            var sinds = DateOnly.FromDateTime(r.StatusSinds.ToLocalTime());
            regels.Add(new Regel(r.Id, r.Registratienummer, r.Onderwerp,
                r.ProjectId is { } p ? projecten.GetValueOrDefault(p) : null, afdelingen.GetValueOrDefault(r.AfdelingId), r.StellerNaam,
                Statustitel.Van(versie, r.Status, Enum.TryParse<CollegeUitkomst>(r.College, out var c) ? c : null,
                    Enum.TryParse<RaadUitkomst>(r.Raad, out var raad) ? raad : null),
                houders, Vandaag.DayNumber - sinds.DayNumber, r.GeplandBw, sinds, teLaatBij.Count > 0, string.Join(", ", teLaatBij)));
        }
        return regels;
    }

    /// <summary>A decision's outcome as its table stores it (the name of the enum value), read without the owned type.</summary>
    public sealed class Besluituitkomst
    {
        public int VoorstelId { get; init; }
        public string? Uitkomst { get; init; }
    }

    private static Dictionary<int, string> Namen(IReadOnlyList<Overzichtcache.Keuze> keuzes) => keuzes.ToDictionary(k => k.Id, k => k.Naam);

    /// <summary>Adds the names of the ids the kept list lacks, read in one query (none when it has them all).</summary>
    private static async Task VulAanAsync(Dictionary<int, string> namen, IEnumerable<int> ids, Func<List<int>, IQueryable<Overzichtcache.Keuze>> lees)
    {
        var ontbrekend = ids.Where(id => !namen.ContainsKey(id)).Distinct().ToList();
        if (ontbrekend.Count == 0) return;
        foreach (var k in await lees(ontbrekend).ToListAsync()) namen[k.Id] = k.Naam;
    }

    private IQueryable<Voorstel> Sorteer(IQueryable<Voorstel> q, Overzichtfilter f, IReadOnlyList<string> statusvolgorde)
    {
        var af = f.Aflopend;
        var teLaat = Taak.TeLaatOp(Vandaag);
        var gesorteerd = f.Kolom switch
        {
            "nummer" => Op(q, v => v.Registratienummer, af),
            "onderwerp" => Op(q, v => v.Onderwerp, af),
            "status" => Op(q, Volgorde(statusvolgorde), af),
            "afdeling" => Verder(Op(q, v => db.Afdelingen.Where(x => x.Id == v.AfdelingId).Select(x => x.Naam).FirstOrDefault(), af),
                v => v.StellerNaam, af),
            // Without a project or B&W date last in either direction, the same on SQLite and PostgreSQL.
            "project" => Verder(q.OrderBy(v => v.ProjectId == null),
                v => db.Projecten.Where(x => x.Id == v.ProjectId).Select(x => x.Naam).FirstOrDefault(), af),
            "bw" => Verder(q.OrderBy(v => v.GeplandBw == null), v => v.GeplandBw, af),
            "laat" => Op(q, v => v.Taken.AsQueryable().Any(teLaat), af),
            // The column shows days in the step: more days is an earlier StatusSinds.
            _ => Op(q, v => v.StatusSinds, !af),
        };
        return gesorteerd.ThenBy(v => v.Id);
    }

    private static IOrderedQueryable<Voorstel> Op<TSleutel>(IQueryable<Voorstel> q, Expression<Func<Voorstel, TSleutel>> sleutel, bool af) =>
        af ? q.OrderByDescending(sleutel) : q.OrderBy(sleutel);

    private static IOrderedQueryable<Voorstel> Verder<TSleutel>(IOrderedQueryable<Voorstel> q, Expression<Func<Voorstel, TSleutel>> sleutel, bool af) =>
        af ? q.ThenByDescending(sleutel) : q.ThenBy(sleutel);

    /// <summary>The gates in route order (their place in the definition), as a CASE the database evaluates.</summary>
    private static Expression<Func<Voorstel, int>> Volgorde(IReadOnlyList<string> statussen)
    {
        var v = Expression.Parameter(typeof(Voorstel), "v");
        var status = Expression.Property(v, nameof(Voorstel.Status));
        Expression plaats = Expression.Constant(statussen.Count);
        for (var i = statussen.Count - 1; i >= 0; i--)
            plaats = Expression.Condition(Expression.Equal(status, Expression.Constant(statussen[i])), Expression.Constant(i), plaats);
        return Expression.Lambda<Func<Voorstel, int>>(plaats, v);
    }
}

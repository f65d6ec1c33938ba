using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Besluitvorming.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Issue 12's P2: the overview (first page, a late page, a status filter, a search) and Mijn taken of a busy holder at
/// two sizes (2,000 and 20,000 proposals with ~50 timeline lines each), every page beside the hand-written SQL that
/// reads the same rows (run through ADO.NET on the same connection string, taking turns with the page), printing p50/p95,
/// the ratio to that SQL and the growth from the small to the large size. The generated SQLite file is kept between runs,
/// keyed by size, lines per proposal and the schema (the migrations), so a second run starts in seconds.
/// </summary>
public static class Overzichtbenchmark
{
    public const string Referentie = "SQL";
    private const int Gebeurtenissen = 50;

    private sealed record Meting(string Naam, string Url, Meetklant Klant, Func<DbConnection, Task<int>> Sql);

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        var groottes = opties.Groottes ?? (opties.Snel ? [200, 2_000] : [2_000, 20_000]);
        var alle = new List<Uitslag>();
        var perGrootte = new List<(int Grootte, List<(string Naam, Uitslag Pagina, Uitslag Sql)> Rijen)>();
        // A throwaway round on the first size first: the process JIT-compiles and tiers up the pages, EF Core's query
        // cache and the connection pool on it, so the first measured size is not measured while the process warms up
        // (which made it slower than the large one, and the growth meaningless).
        uit.WriteLine($"Opwarmronde op {groottes[0]} voorstellen (niet gemeten); loadavg {Belasting()}");
        await MeetGrootteAsync(opties with { Verzoeken = opties.Opwarmen, ToonSql = false }, groottes[0], TextWriter.Null);
        foreach (var n in groottes)
        {
            var rijen = await MeetGrootteAsync(opties, n, uit);
            perGrootte.Add((n, rijen));
            foreach (var (_, p, s) in rijen) { alle.Add(p with { Naam = $"{p.Naam} @{n}" }); alle.Add(s with { Naam = $"{s.Naam} @{n}" }); }
        }
        uit.WriteLine();
        uit.WriteLine($"P2 op {opties.Provider}: servertijd van de pagina tegen de handgeschreven SQL (ADO.NET, zelfde verbinding, om en om gemeten); " +
                      "budget per pagina: p95 <= 20 ms, <= 1,2x de SQL, groei klein -> groot <= 2x.");
        uit.WriteLine(Tabel(perGrootte, opties.BudgetMs));
        uit.WriteLine($"loadavg aan het eind: {Belasting()}");
        return alle;
    }

    private static string Tabel(List<(int Grootte, List<(string Naam, Uitslag Pagina, Uitslag Sql)> Rijen)> perGrootte, double budget)
    {
        static string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture);
        var b = new StringBuilder();
        b.AppendLine($"{"pagina",-22} {"voorstellen",11} {"p50",7} {"p95",7} {"SQL p50",8} {"SQL p95",8} {"queries p50",11} {"x SQL (p95)",11} {"x SQL (queries)",15} {"groei p95",9}  oordeel");
        var klein = perGrootte[0].Rijen.ToDictionary(r => r.Naam, r => r.Pagina.ServerP95);
        foreach (var (n, rijen) in perGrootte)
            foreach (var (naam, p, s) in rijen)
            {
                var sqlP95 = s.ServerP95;
                var xSql = p.ServerP95 / sqlP95;
                var queries = Uitslag.Percentiel(p.SqlMs, 50);
                var xQueries = queries / Uitslag.Percentiel(s.ServerMs, 50);
                var groei = n == perGrootte[0].Grootte ? double.NaN : p.ServerP95 / klein[naam];
                var oordeel = new List<string>();
                if (p.ServerP95 > budget) oordeel.Add($"p95 > {budget} ms");
                if (xSql > 1.2) oordeel.Add("> 1,2x SQL");
                if (groei > 2) oordeel.Add("groei > 2x");
                b.AppendLine($"{naam,-22} {n,11} {Ms(Uitslag.Percentiel(p.ServerMs, 50)),7} {Ms(p.ServerP95),7} {Ms(Uitslag.Percentiel(s.ServerMs, 50)),8} {Ms(sqlP95),8} " +
                             $"{Ms(queries),11} {Ms(xSql),11} {Ms(xQueries),15} {(double.IsNaN(groei) ? "–" : Ms(groei)),9}  {(oordeel.Count == 0 ? "PASS" : "FAIL: " + string.Join(", ", oordeel))}");
            }
        return b.ToString().TrimEnd();
    }

    private static async Task<List<(string, Uitslag, Uitslag)>> MeetGrootteAsync(Opties opties, int n, TextWriter uit)
    {
        var klok = Stopwatch.StartNew();
        string? cache;
        bool bestaand;
        if (opties.Postgres is { } server)
        {
            // PostgreSQL: the generated database stays on the server under its key, and each run works on a copy of it.
            cache = await PostgresCacheAsync(opties, server, n, uit);
            bestaand = true;
        }
        else
        {
            cache = CacheBestand(n);
            bestaand = File.Exists(cache);
        }
        using var host = opties.Postgres is null ? new Benchmarkhost(opties, bestaand ? cache : null) : new Benchmarkhost(opties, postgresVorlage: cache);
        host.StartServer();
        uit.WriteLine($"[{n}] App gestart op {(bestaand ? $"een kopie van de bewaarde database {cache}" : $"een nieuwe {opties.Provider}-database")}: {klok.Elapsed.TotalSeconds:0.0} s");
        if (!bestaand)
        {
            var data = await new Overzichtgenerator(host.Services, n, Gebeurtenissen, opties.Zaad).GenereerAsync();
            uit.WriteLine($"[{n}] Gegenereerd via de domeincode: {data.Voorstellen} voorstellen, {data.Tijdlijnregels} tijdlijnregels, " +
                          $"{data.OpenTaken} open taken in {data.Duur.TotalSeconds:0.0} s");
            if (cache is not null) BewaarSqlite(host.Database, cache, uit);
        }
        await AnalyseerAsync(host);

        var secretariaat = await Meetklant.IngelogdAlsAsync(host, "secretariaat");
        var drukste = await DruksteHouderAsync(host);
        var houder = await Meetklant.IngelogdAlsAsync(host, drukste.Gebruikersnaam);
        uit.WriteLine($"[{n}] Drukste houder: {drukste.Gebruikersnaam} met {drukste.Open} open taken; loadavg {Belasting()}");

        var pg = opties.Postgres is not null;
        var totaal = await TelAsync(host, "SELECT COUNT(*) FROM \"Voorstellen\" WHERE \"Registratienummer\" IS NOT NULL");
        var laatste = Math.Max(1, (int)(totaal * 0.9) / 25);
        var vandaag = DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var zoek = Overzichtgenerator.Zoekwoorden[3].ToLowerInvariant();
        var metingen = new List<Meting>
        {
            new("Overzicht, pagina 1", "/Overzicht", secretariaat, c => OverzichtSqlAsync(c, pg, vandaag, null, null, 0)),
            new("Overzicht, late pagina", $"/Overzicht?Pagina={laatste}", secretariaat, c => OverzichtSqlAsync(c, pg, vandaag, null, null, (laatste - 1) * 25)),
            new("Overzicht, filter", "/Overzicht?Status=Directieteam", secretariaat, c => OverzichtSqlAsync(c, pg, vandaag, "Directieteam", null, 0)),
            new("Overzicht, zoeken", $"/Overzicht?Zoek={zoek}", secretariaat, c => OverzichtSqlAsync(c, pg, vandaag, null, zoek, 0)),
            new("Mijn taken", "/Taken", houder, c => MijnTakenSqlAsync(c, drukste.Id)),
        };

        await using var verbinding = Verbinding(host, pg);
        await verbinding.OpenAsync();
        for (var i = 0; i < opties.Opwarmen; i++)
            foreach (var m in metingen) { await m.Klant.HaalAsync(m.Url, null); await m.Sql(verbinding); }
        var pagina = metingen.Select(_ => (Server: new List<double>(), Klant: new List<double>(), Sql: new List<int>(), SqlMs: new List<double>())).ToArray();
        var sql = metingen.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < opties.Verzoeken; i++)
            for (var j = 0; j < metingen.Count; j++)
            {
                var m = metingen[j];
                var id = $"p2-{n}-{j}-{i}";
                var start = Stopwatch.GetTimestamp();
                await m.Klant.HaalAsync(m.Url, id);
                pagina[j].Klant.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var meting = await host.Meter.NeemAsync(id);
                pagina[j].Server.Add(meting.ServerMs);
                pagina[j].Sql.Add(meting.Sql);
                pagina[j].SqlMs.Add(meting.SqlMs);
                start = Stopwatch.GetTimestamp();
                await m.Sql(verbinding);
                sql[j].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        uit.WriteLine($"[{n}] Gemeten; loadavg {Belasting()}");
        if (opties.ToonSql)
            foreach (var m in metingen)
            {
                var commando = await m.Klant.SqlVanAsync(m.Url);
                uit.WriteLine($"{Environment.NewLine}SQL van GET {m.Url} ({commando.Count} opdrachten):");
                foreach (var (c, i) in commando.Select((c, i) => (c, i + 1)))
                    uit.WriteLine($"-- {i}{(c.Ms is { } ms ? $" ({ms:0.00} ms)" : "")}{Environment.NewLine}{c.Sql}");
            }
        return metingen.Select((m, j) => (m.Naam,
            new Uitslag(m.Naam, m.Url, pagina[j].Server, pagina[j].Klant, pagina[j].Sql, pagina[j].SqlMs, true),
            new Uitslag($"{Referentie}: {m.Naam}", "ADO.NET", sql[j], sql[j], [0], [], false))).ToList();
    }

    // ---- The hand-written SQL: what a person would write for the same screen, in as few statements --------------------

    /// <summary>The totals per project (with the late ones), the page of rows with project and afdeling, their open tasks.</summary>
    private static async Task<int> OverzichtSqlAsync(DbConnection c, bool pg, DateOnly vandaag, string? status, string? zoek, int overslaan)
    {
        var filter = "v.\"Registratienummer\" IS NOT NULL"
                     + (status is null ? "" : " AND v.\"Status\" = @status")
                     // The search through the schema's index, as a person would ask it: ILIKE on the trigram indexes
                     // (PostgreSQL), MATCH on the FTS5 trigram table (SQLite; the term has 3+ characters).
                     + (zoek is null ? "" : pg
                         ? " AND (v.\"Registratienummer\" ILIKE @zoek OR v.\"Onderwerp\" ILIKE @zoek)"
                         : " AND v.\"Id\" IN (SELECT rowid FROM \"VoorstelZoekindex\" WHERE \"VoorstelZoekindex\" MATCH @fraze)");
        var rijen = 0;
        await using (var totalen = Opdracht(c, pg, vandaag, status, zoek, $"""
            SELECT v."ProjectId", COUNT(*), SUM(CASE WHEN v."Id" IN (SELECT t."VoorstelId" FROM "Taken" t WHERE t."Toestand" = 'Open' AND t."Deadline" < @vandaag) THEN 1 ELSE 0 END)
            FROM "Voorstellen" v WHERE {filter} GROUP BY v."ProjectId"
            """))
            rijen += await LeesAsync(totalen);
        var ids = new List<int>();
        await using (var pagina = Opdracht(c, pg, vandaag, status, zoek, $"""
            SELECT v."Id", v."Registratienummer", v."Onderwerp", v."Status", v."StatusSinds", v."GeplandBw", v."WorkflowNaam", v."WorkflowVersie",
                   v."StellerNaam", p."Naam", a."Naam"
            FROM "Voorstellen" v LEFT JOIN "Projecten" p ON p."Id" = v."ProjectId" LEFT JOIN "Afdelingen" a ON a."Id" = v."AfdelingId"
            WHERE {filter} ORDER BY v."StatusSinds" DESC, v."Id" LIMIT 25 OFFSET {overslaan}
            """))
        await using (var r = await pagina.ExecuteReaderAsync())
            while (await r.ReadAsync()) { ids.Add(r.GetInt32(0)); for (var k = 1; k < r.FieldCount; k++) _ = r.GetValue(k); }
        rijen += ids.Count;
        if (ids.Count == 0) return rijen;
        await using var taken = Opdracht(c, pg, vandaag, null, null, $"""
            SELECT t."VoorstelId", t."HouderNaam", t."Status", t."Deadline" FROM "Taken" t
            WHERE t."Toestand" = 'Open' AND t."VoorstelId" IN ({string.Join(',', ids)})
            """);
        return rijen + await LeesAsync(taken);
    }

    /// <summary>The holder's open tasks with their proposal's number, subject and status.</summary>
    private static async Task<int> MijnTakenSqlAsync(DbConnection c, string houderId)
    {
        await using var o = c.CreateCommand();
        o.CommandText = """
            SELECT t."Id", t."VoorstelId", t."Soort", t."Status", t."Aspect", t."Deadline", t."HouderId", t."HouderNaam", t."Rol",
                   v."Registratienummer", v."Onderwerp", v."Status", v."WorkflowNaam", v."WorkflowVersie"
            FROM "Taken" t JOIN "Voorstellen" v ON v."Id" = t."VoorstelId"
            WHERE t."Toestand" = 'Open' AND t."HouderId" = @houder
            """;
        Parameter(o, "houder", houderId);
        return await LeesAsync(o);
    }

    private static DbCommand Opdracht(DbConnection c, bool pg, DateOnly vandaag, string? status, string? zoek, string sql)
    {
        var o = c.CreateCommand();
        o.CommandText = sql;
        if (sql.Contains("@vandaag")) Parameter(o, "vandaag", pg ? vandaag : vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (status is not null) Parameter(o, "status", status);
        if (zoek is not null && sql.Contains("@zoek")) Parameter(o, "zoek", $"%{zoek}%");
        if (zoek is not null && sql.Contains("@fraze")) Parameter(o, "fraze", $"\"{zoek}\"");
        return o;
    }

    private static void Parameter(DbCommand o, string naam, object waarde)
    {
        var p = o.CreateParameter();
        p.ParameterName = naam;
        p.Value = waarde;
        o.Parameters.Add(p);
    }

    private static async Task<int> LeesAsync(DbCommand o)
    {
        var n = 0;
        await using var r = await o.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            for (var k = 0; k < r.FieldCount; k++) _ = r.GetValue(k);
            n++;
        }
        return n;
    }

    private static string Belasting() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static DbConnection Verbinding(Benchmarkhost host, bool pg) =>
        pg ? new NpgsqlConnection(host.Database) : new SqliteConnection($"Data Source={host.Database}");

    private static async Task<int> TelAsync(Benchmarkhost host, string sql)
    {
        await using var c = Verbinding(host, host.Database.Contains('='));
        await c.OpenAsync();
        await using var o = c.CreateCommand();
        o.CommandText = sql;
        return Convert.ToInt32(await o.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Fresh statistics for the planner, as a database in use has (SQLite: ANALYZE; PostgreSQL: VACUUM ANALYZE).</summary>
    private static async Task AnalyseerAsync(Benchmarkhost host)
    {
        var pg = host.Database.Contains('=');
        await using var c = Verbinding(host, pg);
        await c.OpenAsync();
        await using var o = c.CreateCommand();
        o.CommandText = pg ? "VACUUM ANALYZE" : "ANALYZE";
        o.CommandTimeout = 600;
        await o.ExecuteNonQueryAsync();
    }

    private static async Task<(string Id, string Gebruikersnaam, int Open)> DruksteHouderAsync(Benchmarkhost host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var top = await db.Taken.Where(t => t.Toestand == Besluitvorming.Workflows.Voorstellen.TaakStatus.Open)
            .GroupBy(t => t.HouderId).Select(g => new { g.Key, Aantal = g.Count() }).OrderByDescending(g => g.Aantal).FirstAsync();
        var naam = await db.Users.Where(u => u.Id == top.Key).Select(u => u.UserName!).SingleAsync();
        return (top.Key, naam, top.Aantal);
    }

    // ---- The cache of generated SQLite files --------------------------------------------------------------------------

    private static string CacheBestand(int n)
    {
        var map = Path.Combine(Path.GetTempPath(), "besluitvorming-benchmark-cache");
        Directory.CreateDirectory(map);
        return Path.Combine(map, $"overzicht-{n}-{CacheSleutel("Sqlite")}.db");
    }

    /// <summary>The schema is the list of migrations the app knows; a new migration, or another generator, makes a new key.</summary>
    private static string CacheSleutel(string provider)
    {
        var migraties = string.Join(",", typeof(SqliteBesluitvormingDbContext).Assembly.GetTypes()
            .Where(t => t.Namespace?.EndsWith($"Migrations.{provider}", StringComparison.Ordinal) == true && !t.Name.EndsWith("ModelSnapshot", StringComparison.Ordinal))
            .Select(t => t.Name).Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{migraties}|{Gebeurtenissen}|{Overzichtgenerator.Versie}")))[..12];
    }

    /// <summary>
    /// The name of the PostgreSQL database generated for this size and key, generated first (through the domain code, in an
    /// app of its own) when the server does not have it yet. It is generated under a temporary name and renamed when
    /// complete, so an interrupted generation is never taken for a cache.
    /// </summary>
    private static async Task<string> PostgresCacheAsync(Opties opties, string server, int n, TextWriter uit)
    {
        var naam = $"besluitvorming_overzicht_{n}_{CacheSleutel("Postgres").ToLowerInvariant()}";
        await using (var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await c.OpenAsync();
            await using var o = c.CreateCommand();
            o.CommandText = "SELECT COUNT(*) FROM pg_database WHERE datname = @naam";
            o.Parameters.AddWithValue("naam", naam);
            if (Convert.ToInt32(await o.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0) return naam;
        }
        var onvolledig = naam + "_onvolledig";
        Benchmarkhost.Postgres(server, $"DROP DATABASE IF EXISTS \"{onvolledig}\" WITH (FORCE)");
        using (var host = new Benchmarkhost(opties, postgresNaam: onvolledig))
        {
            host.StartServer();
            var data = await new Overzichtgenerator(host.Services, n, Gebeurtenissen, opties.Zaad).GenereerAsync();
            uit.WriteLine($"[{n}] Gegenereerd via de domeincode: {data.Voorstellen} voorstellen, {data.Tijdlijnregels} tijdlijnregels, " +
                          $"{data.OpenTaken} open taken in {data.Duur.TotalSeconds:0.0} s");
        }
        NpgsqlConnection.ClearAllPools();
        // The stopped app's sessions are gone; any left (a pool outside this process) would block the rename.
        Benchmarkhost.Postgres(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{onvolledig}'");
        Benchmarkhost.Postgres(server, $"ALTER DATABASE \"{onvolledig}\" RENAME TO \"{naam}\"");
        uit.WriteLine($"Bewaard voor een volgende run: database {naam} op {server}");
        return naam;
    }

    private static void BewaarSqlite(string bestand, string cache, TextWriter uit)
    {
        using (var c = new SqliteConnection($"Data Source={bestand}"))
        {
            c.Open();
            using var o = c.CreateCommand();
            o.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            o.ExecuteNonQuery();
        }
        var tijdelijk = cache + ".tmp";
        using (var bron = new SqliteConnection($"Data Source={bestand}"))
        using (var doel = new SqliteConnection($"Data Source={tijdelijk}"))
        {
            bron.Open();
            doel.Open();
            bron.BackupDatabase(doel);
        }
        SqliteConnection.ClearAllPools();
        File.Move(tijdelijk, cache, overwrite: true);
        uit.WriteLine($"Bewaard voor een volgende run: {cache}");
    }
}

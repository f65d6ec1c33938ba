using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Tests.Prestaties;

/// <summary>
/// The overview and Mijn taken read through indexes, whatever the number of proposals (issue 12, P2): SQLite's query
/// plan of every statement the page sends is asked for (EXPLAIN QUERY PLAN, the statements as <see cref="SqlTeller"/>
/// recorded them): the overview walks an index in the order it shows (so a page reads its 25 rows, and the totals per
/// project count from an index without a sort), and Mijn taken looks the holder's open tasks up. Without statistics SQLite plans as if the tables
/// were large, so the demo database shows the plans of a big one. The number of statements is bounded too.
/// </summary>
public sealed partial class OverzichtplanTests(BesluitvormingFabriek fabriek, ITestOutputHelper output) : IClassFixture<BesluitvormingFabriek>
{
    public const int OverzichtBudget = 8;

    [Theory]
    [InlineData("/Overzicht")]
    [InlineData("/Overzicht?Pagina=3")]
    public async Task Overzicht_leest_de_voorstellen_in_de_volgorde_van_een_index_zonder_ze_te_sorteren(string url)
    {
        var plannen = await PlannenAsync("secretariaat", url);

        var lezend = plannen.Where(p => p.Key.Contains("FROM \"Voorstellen\" AS \"v\"")).ToList();
        lezend.Count.ShouldBeGreaterThanOrEqualTo(2, "de pagina leest de rijen en de totalen per project");
        foreach (var (sql, plan) in lezend)
        {
            var uitleg = $"in:\n{sql}\nplan:\n{string.Join('\n', plan.Select(r => $"{r.Id} {r.Ouder} {r.Stap}"))}";
            var leest = plan.Where(r => LeestVoorstellen().IsMatch(r.Stap)).ToList();
            leest.ShouldNotBeEmpty(uitleg);
            // Reading every proposal and sorting or grouping them afterwards costs the table's size on every request.
            // A page's rows are fetched by id (the page's ids from the index walk in a subquery) and only those are
            // sorted again; any other read of the proposals walks an index in its order.
            foreach (var stap in leest.Where(r => !r.Stap.StartsWith("SEARCH v USING INTEGER PRIMARY KEY", StringComparison.Ordinal)))
            {
                stap.Stap.ShouldMatch(@"^SCAN v\d* USING (COVERING )?INDEX ", uitleg);
                plan.ShouldNotContain(r => r.Ouder == stap.Ouder && r.Stap.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal), uitleg);
            }
            // Without a filter the totals count only the late proposals per request (the count per project is kept,
            // Overzichtcache): those are looked up by id from the open tasks past their deadline.
            if (leest.Any(r => r.Stap.StartsWith("SEARCH v USING INTEGER PRIMARY KEY", StringComparison.Ordinal)))
                sql.ShouldMatch(@"LIMIT|AS ""TeLaat""\s+FROM ""Voorstellen""",
                    "alleen de rijen van één pagina, of de te late voorstellen, worden op id gelezen");
        }
        plannen.Count.ShouldBeLessThanOrEqualTo(OverzichtBudget, string.Join("\n\n", plannen.Keys));
    }

    [Fact]
    public async Task Zoeken_in_het_overzicht_leest_de_treffers_uit_de_trigramindex_in_plaats_van_elk_voorstel()
    {
        var plannen = await PlannenAsync("secretariaat", "/Overzicht?Zoek=Buurt");

        var zoekend = plannen.Where(p => p.Key.Contains("FROM \"Voorstellen\" AS \"v\"")).ToList();
        zoekend.Count.ShouldBeGreaterThanOrEqualTo(2, "de pagina zoekt de rijen en de totalen per project");
        foreach (var (sql, plan) in zoekend)
        {
            var uitleg = $"in:\n{sql}\nplan:\n{string.Join('\n', plan.Select(r => $"{r.Id} {r.Ouder} {r.Stap}"))}";
            // FTS5 answers the MATCH from its trigram index; a LIKE '%...%' would read every proposal's number and subject.
            plan.ShouldContain(r => r.Stap.Contains("VoorstelZoekindex VIRTUAL TABLE INDEX"), uitleg);
            sql.ShouldNotContain(" LIKE ", Case.Insensitive, uitleg);
        }
        // The page of rows walks the index in its order and checks each row against the hits; fetching every hit by
        // id and sorting them all costs the number of hits (2,000 for a word in 10% of 20,000 proposals).
        var pagina = zoekend.Single(p => p.Key.Contains("LIMIT"));
        pagina.Value.ShouldContain(r => LeestIndexStatusSinds().IsMatch(r.Stap),
            string.Join('\n', pagina.Value.Select(r => r.Stap)));
    }

    [Fact]
    public async Task Mijn_taken_zoekt_de_open_taken_van_de_houder_via_een_index()
    {
        var plannen = await PlannenAsync("afdelingshoofd", "/Taken");

        var taken = plannen.Single(p => p.Key.Contains("FROM \"Taken\"")).Value;
        taken.ShouldContain(r => r.Stap.StartsWith("SEARCH t USING INDEX", StringComparison.Ordinal) && r.Stap.Contains("HouderId"),
            string.Join('\n', taken.Select(r => r.Stap)));
        taken.ShouldNotContain(r => r.Stap.StartsWith("SCAN t", StringComparison.Ordinal));
    }

    /// <summary>Per statement the GET sent, SQLite's plan (one line per step, the detail column).</summary>
    private async Task<Dictionary<string, List<(long Id, long Ouder, string Stap)>>> PlannenAsync(string gebruiker, string url)
    {
        var klant = await fabriek.IngelogdAlsAsync(gebruiker);
        var pad = url.Split('?')[0];
        var telling = fabriek.Sql.Tel(pad, "GET");
        (await klant.GetAsync(url)).Antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var plannen = new Dictionary<string, List<(long Id, long Ouder, string Stap)>>();
        await using var verbinding = new SqliteConnection($"Data Source={fabriek.DatabasePad}");
        await verbinding.OpenAsync();
        foreach (var sql in telling.Commando.Distinct())
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "EXPLAIN QUERY PLAN " + sql;
            // The values do not change SQLite's plan (no statistics); unbound parameters are refused, so each gets NULL.
            foreach (var naam in Parameter().Matches(sql).Select(m => m.Value).Distinct()) opdracht.Parameters.AddWithValue(naam, DBNull.Value);
            var plan = new List<(long Id, long Ouder, string Stap)>();
            await using var lezer = await opdracht.ExecuteReaderAsync();
            while (await lezer.ReadAsync()) plan.Add((lezer.GetInt64(0), lezer.GetInt64(1), lezer.GetString(3)));
            output.WriteLine($"{sql}\n{string.Join('\n', plan.Select(r => $"  {r.Id} {r.Ouder} {r.Stap}"))}\n");
            plannen[sql] = plan;
        }
        return plannen;
    }

    [GeneratedRegex(@"^SCAN v\d* USING (COVERING )?INDEX IX_Voorstellen_StatusSinds")]
    private static partial Regex LeestIndexStatusSinds();

    [GeneratedRegex(@"^(SCAN|SEARCH) v\d*\b")]
    private static partial Regex LeestVoorstellen();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}

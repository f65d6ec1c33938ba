using System.Data.Common;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Tests.Overzicht;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The overview's search (ILIKE on the pg_trgm indexes) on a real PostgreSQL server.</summary>
public sealed class PostgresOverzichtZoekenTests(PostgresFabriek fabriek) : OverzichtZoekenTests(fabriek), IClassFixture<PostgresFabriek>
{
    [Fact]
    public async Task Zoeken_kan_de_trigramindexen_op_nummer_en_onderwerp_gebruiken()
    {
        using var scope = Fabriek.Services.CreateScope();
        var verbinding = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.GetDbConnection();
        await verbinding.OpenAsync();
        // A test database is small enough to scan; with the scan ruled out, the plan shows which index serves the search's
        // condition (the overview's: ILIKE '%...%' with an escape character, on the number or the subject).
        await Uitvoeren(verbinding, "SET enable_seqscan = off");
        var plan = await Uitvoeren(verbinding, """
            EXPLAIN SELECT v."Id" FROM "Voorstellen" AS v
            WHERE v."Registratienummer" ILIKE '%kwartier%' ESCAPE '\' OR v."Onderwerp" ILIKE '%kwartier%' ESCAPE '\'
            """);

        plan.ShouldContain("Bitmap Index Scan on \"IX_Voorstellen_Onderwerp_trgm\"", Case.Sensitive, plan);
        plan.ShouldContain("Bitmap Index Scan on \"IX_Voorstellen_Registratienummer_trgm\"", Case.Sensitive, plan);
    }

    private static async Task<string> Uitvoeren(DbConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var regels = new List<string>();
        while (await lezer.ReadAsync()) regels.Add(lezer.GetString(0));
        return string.Join('\n', regels);
    }
}

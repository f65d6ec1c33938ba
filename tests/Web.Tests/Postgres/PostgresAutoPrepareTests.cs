using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>
/// The app turns Npgsql's auto-prepare on for its PostgreSQL connections unless the operator's connection string sets
/// <c>Max Auto Prepare</c> itself (<see cref="DatabaseOptions.PostgresVerbinding"/>): a statement the app runs again and
/// again is prepared on the server once.
/// </summary>
public sealed class PostgresAutoPrepareTests
{
    private static string Verbinding(string verbindingsreeks) =>
        new DatabaseOptions { Provider = DatabaseOptions.PostgreSql, ConnectionString = verbindingsreeks }.PostgresVerbinding;

    [Fact]
    public void Zonder_Max_Auto_Prepare_zet_de_app_het_aan_en_laat_de_rest_van_de_verbindingsreeks_staan()
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(Verbinding("Host=db;Database=besluitvorming;Username=app;Password='ge;heim'"));

        b.MaxAutoPrepare.ShouldBe(DatabaseOptions.AutoPrepare);
        (b.Host, b.Database, b.Username, b.Password).ShouldBe(("db", "besluitvorming", "app", "ge;heim"));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    [InlineData("Host=db; max auto prepare = 12", 12)]
    public void Een_eigen_Max_Auto_Prepare_van_de_beheerder_blijft_staan(string verbindingsreeks, int verwacht) =>
        new Npgsql.NpgsqlConnectionStringBuilder(Verbinding(verbindingsreeks)).MaxAutoPrepare.ShouldBe(verwacht);

    [Fact]
    public async Task Een_query_die_de_app_herhaalt_is_op_de_server_voorbereid()
    {
        using var fabriek = new PostgresFabriek();
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var ct = TestContext.Current.CancellationToken;
        // One connection: prepared statements belong to the server session that prepared them.
        await db.Database.OpenConnectionAsync(ct);
        for (var i = 0; i < 6; i++)
            await db.UitgaandeMails.CountAsync(m => m.Status == MailStatus.Wachtend && m.AanAdres == "auto-prepare@gemeente.example", ct);

        var voorbereid = await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%auto-prepare@gemeente.example%'")
            .SingleAsync(ct);

        voorbereid.ShouldBe(1, "de herhaalde query is één keer voorbereid");
    }
}

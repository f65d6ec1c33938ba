using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// A start finds open migrations from the history table (<see cref="Migratiestand"/>) instead of EF Core's scan of the
/// app assembly: the known list is every provider's real one, and every database that is not exactly at it (a newer
/// migration in the build, a fresh file) gets EF Core's full answer.
/// </summary>
public sealed class MigratiestandTests
{
    [Theory]
    [MemberData(nameof(MigratiesTests.Providers), MemberType = typeof(MigratiesTests))]
    public void Migratiestand_kent_precies_de_migraties_van_elke_provider(string provider)
    {
        using var db = MigratiesTests.Context(provider);
        var migraties = db.Database.GetMigrations().ToList();

        Migratiestand.Bekend.ContainsKey(db.GetType()).ShouldBeTrue($"{provider}: Data/Migratiestand.cs kent {db.GetType().Name} niet");
        var verwacht = (migraties[^1], Migratiestand.Vingerafdruk(migraties));
        Migratiestand.Bekend[db.GetType()].ShouldBe(verwacht,
            $"{provider}: zet in Data/Migratiestand.cs [typeof({db.GetType().Name})] = (\"{verwacht.Item1}\", \"{verwacht.Item2}\")");
    }

    [Fact]
    public async Task Een_bijgewerkte_database_heeft_geen_open_migraties_en_een_nieuwere_migratie_wordt_gevonden()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.CreateClient().Dispose();
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var ct = TestContext.Current.CancellationToken;
        (await Migratiestand.OpenAsync(db, ct)).ShouldBeEmpty();

        // The build has a migration the database lacks: as if the newest one were added after this database was migrated.
        var nieuwste = db.Database.GetMigrations().Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {nieuwste}", ct);
        (await Migratiestand.OpenAsync(db, ct)).ShouldBe([nieuwste]);

        // A database that has a migration this build does not know (a newer version ran on it): EF Core's answer, none open.
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({nieuwste}, '10.0.0')", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_Later', '10.0.0')", ct);
        (await Migratiestand.OpenAsync(db, ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Op_een_lege_database_staan_alle_migraties_open()
    {
        var map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        try
        {
            var opties = new DbContextOptionsBuilder<SqliteBesluitvormingDbContext>().UseSqlite($"Data Source={Path.Combine(map, "leeg.db")}").Options;
            await using var db = new SqliteBesluitvormingDbContext(opties);
            (await Migratiestand.OpenAsync(db, TestContext.Current.CancellationToken)).ShouldBe(db.Database.GetMigrations().ToList());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }
}

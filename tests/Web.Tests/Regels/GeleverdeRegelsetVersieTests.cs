using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Tests.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>
/// A shipped rule set whose file declares a higher <c>"Versie"</c> reaches a database that has an older one, at start:
/// as a new stored version (the old one stays as it was), active unless the beheerder made a version of their own active.
/// </summary>
public sealed class GeleverdeRegelsetVersieTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "regelversie-" + Guid.NewGuid().ToString("N"));

    public GeleverdeRegelsetVersieTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    private sealed class Fabriek : BesluitvormingFabriek
    {
        public Fabriek(string verbinding)
        {
            ExtraInstellingen["Database:Provider"] = "Sqlite";
            ExtraInstellingen["Database:ConnectionString"] = verbinding;
            ExtraInstellingen["Database:DemoData"] = "false";
        }
    }

    private static string Geleverd(string naam) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "rules", naam + ".json"));

    /// <summary>The shipped file as a release before versioned files had it: the same rules, no "Versie" (so version 1).</summary>
    private static string ZonderVersie(string json)
    {
        var zonder = System.Text.RegularExpressions.Regex.Replace(json, @"\s*""Versie"":\s*\d+,", "");
        zonder.ShouldNotBe(json, "het geleverde bestand heeft een versie");
        return zonder;
    }

    private async Task StartAsync(string verbinding, Func<BesluitvormingDbContext, Task>? daarna = null)
    {
        await using var app = new Fabriek(verbinding);
        using var scope = app.Services.CreateScope(); // starts: migrates and registers the shipped rule sets
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        if (daarna is not null) await daarna(db);
    }

    private static Task<List<RegelsetVersie>> VersiesAsync(BesluitvormingDbContext db, string naam) =>
        db.RegelsetVersies.AsNoTracking().Where(r => r.Naam == naam).OrderBy(r => r.Versie).ToListAsync();

    [Fact]
    public async Task Een_database_met_de_oude_versie_1_krijgt_de_nieuwe_geleverde_versie_bij_de_start_en_houdt_de_oude()
    {
        var verbinding = $"Data Source={Path.Combine(_map, "besluitvorming.db")}";
        var oudIndienen = ZonderVersie(Geleverd("poort-indienen"));
        var oudParaaf = ZonderVersie(Geleverd("poort-paraaf"));
        // The database of an earlier release: poort-indienen version 1 as shipped then and active; for poort-paraaf the
        // beheerder made a version 2 of their own and activated it.
        await StartAsync(verbinding, async db =>
        {
            await db.RegelsetVersies.Where(r => r.Naam == "poort-indienen" || r.Naam == "poort-paraaf").ExecuteDeleteAsync();
            var toen = new DateTime(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc);
            db.RegelsetVersies.AddRange(
                new RegelsetVersie { Naam = "poort-indienen", Versie = 1, Json = oudIndienen, Status = Regelsetstatus.Actief,
                    GewijzigdDoor = RegelsInitialisatie.Systeem, GewijzigdOp = toen, GeactiveerdDoor = RegelsInitialisatie.Systeem, ActiefSinds = toen },
                new RegelsetVersie { Naam = "poort-paraaf", Versie = 1, Json = oudParaaf, Status = Regelsetstatus.Vervangen,
                    GewijzigdDoor = RegelsInitialisatie.Systeem, GewijzigdOp = toen, GeactiveerdDoor = RegelsInitialisatie.Systeem, ActiefSinds = toen },
                new RegelsetVersie { Naam = "poort-paraaf", Versie = 2, Json = oudParaaf.Replace("Checked when", "Ours: checked when"),
                    Status = Regelsetstatus.Actief, GewijzigdDoor = "Beheerder Gemeente", GewijzigdOp = toen, GeactiveerdDoor = "Beheerder Gemeente", ActiefSinds = toen });
            await db.SaveChangesAsync();
        });

        await StartAsync(verbinding, async db =>
        {
            var indienen = await VersiesAsync(db, "poort-indienen");
            indienen.Select(r => (r.Versie, r.Status)).ShouldBe([(1, Regelsetstatus.Vervangen), (2, Regelsetstatus.Actief)]);
            indienen[0].Json.ShouldBe(oudIndienen, "een opgeslagen versie verandert nooit");
            indienen[1].Json.ShouldBe(Geleverd("poort-indienen"));
            indienen[1].GewijzigdDoor.ShouldBe(RegelsInitialisatie.Systeem);
            indienen[1].Toelichting.ShouldBe("Geleverd met de applicatie (versie 2 van poort-indienen.json)");

            // The beheerder's own active version stays active; the shipped one waits as a concept.
            var paraaf = await VersiesAsync(db, "poort-paraaf");
            paraaf.Select(r => (r.Versie, r.Status, r.GewijzigdDoor)).ShouldBe([
                (1, Regelsetstatus.Vervangen, RegelsInitialisatie.Systeem),
                (2, Regelsetstatus.Actief, "Beheerder Gemeente"),
                (3, Regelsetstatus.Concept, RegelsInitialisatie.Systeem)]);
            paraaf[2].Json.ShouldBe(Geleverd("poort-paraaf"));

            // Sets whose file did not change keep their one version.
            (await VersiesAsync(db, "poort-college")).Count.ShouldBe(1);
        });

        // A later start registers nothing again.
        await StartAsync(verbinding, async db =>
        {
            (await VersiesAsync(db, "poort-indienen")).Count.ShouldBe(2);
            (await VersiesAsync(db, "poort-paraaf")).Count.ShouldBe(3);
        });
    }

    /// <summary>
    /// A fresh database stores every shipped set as version 1 with the file's text; the sets were read, validated and
    /// compiled while it migrated (issue 12, P4), so they are compiled under exactly what the database holds as active.
    /// </summary>
    [Fact]
    public async Task Een_verse_database_heeft_na_de_start_elke_geleverde_regelset_gecompileerd_als_de_actieve_opgeslagen_versie()
    {
        await using var app = new Fabriek($"Data Source={Path.Combine(_map, "besluitvorming.db")}");
        using var scope = app.Services.CreateScope(); // starts on the fresh file
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var actief = await db.RegelsetVersies.AsNoTracking().Where(r => r.Status == Regelsetstatus.Actief).ToListAsync();
        var bestanden = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "rules"), "*.json");
        actief.Select(r => r.Naam).Order().ShouldBe(bestanden.Select(Path.GetFileNameWithoutExtension).Order());
        var beoordelaar = app.Services.GetRequiredService<Besluitvorming.Rules.Regelbeoordelaar>();
        foreach (var r in actief)
        {
            r.Versie.ShouldBe(1);
            r.Json.ShouldBe(Geleverd(r.Naam));
            beoordelaar.IsGecompileerd(r.Naam, r.Versie).ShouldBeTrue(r.Naam);
        }
    }
}

using System.Data.Common;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Tests.Infrastructuur;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// An upgrade from the previous release with data in it: a database migrated only up to <see cref="Basismigratie"/>,
/// filled with plain SQL written for exactly that schema (Upgrade/&lt;Basismigratie&gt;.sql: proposals in several
/// states on the workflow version of that time, tasks, timeline, outbox mail, meetings, accounts), is opened by the
/// current app, which migrates it to the latest. Through HTTP it must then be readable and workable.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    /// <summary>
    /// The schema the previous release left behind. A fixed name, not "the last but k": every migration added later
    /// runs over the seed data, and the seed stays valid because it is written for this schema. Move it at a release
    /// (README, "Upgraden"): the new baseline gets a seed file of its own.
    /// </summary>
    public const string Basismigratie = "Trajecten";

    private static string Seed => Path.Combine(Productie.Backupscripts.Repository, "tests", "Web.Tests", "Data", "Upgrade", Basismigratie + ".sql");

    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "upgrade-" + Guid.NewGuid().ToString("N"));

    public UpgradeTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    private sealed class Fabriek : BesluitvormingFabriek
    {
        public Fabriek(string provider, string verbinding)
        {
            VerzendenOpAchtergrond = false;
            ExtraInstellingen["Database:Provider"] = provider;
            ExtraInstellingen["Database:ConnectionString"] = verbinding;
            ExtraInstellingen["Database:DemoData"] = "false";
            // As in production: the start plans the timers of what is open.
            ExtraInstellingen["Jobs:HerplanBijStart"] = "true";
        }
    }

    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void De_basismigratie_bestaat_en_er_volgen_migraties_op(string provider)
    {
        using var db = provider switch
        {
            "Sqlite" => (BesluitvormingDbContext)new SqliteDesignTimeFactory().CreateDbContext([]),
            "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
        };
        var migraties = db.Database.GetMigrations().ToList();
        var basis = migraties.FindIndex(m => m.EndsWith("_" + Basismigratie, StringComparison.Ordinal));
        basis.ShouldBeGreaterThanOrEqualTo(0, $"{provider}: geen migratie {Basismigratie}");
        (migraties.Count - 1 - basis).ShouldBeGreaterThanOrEqualTo(1, "de upgradetest moet over migraties heen gaan");
        File.Exists(Seed).ShouldBeTrue($"seed voor {Basismigratie} ontbreekt: {Seed}");
    }

    [Fact]
    public async Task Sqlite_database_van_de_vorige_release_met_gegevens_werkt_na_de_upgrade()
    {
        var pad = Path.Combine(_map, "besluitvorming.db");
        var opties = new DbContextOptionsBuilder<SqliteBesluitvormingDbContext>().UseSqlite($"Data Source={pad}").Options;
        await using (var db = new SqliteBesluitvormingDbContext(opties))
            await VorigeReleaseAsync(db, postgres: false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await BewijsUpgradeAsync(new Fabriek("Sqlite", $"Data Source={pad}"));
    }

    [Fact]
    public async Task Postgres_database_van_de_vorige_release_met_gegevens_werkt_na_de_upgrade()
    {
        var verbinding = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresFabriek.Omgevingsvariabele)
            ?? throw new InvalidOperationException("BESLUITVORMING_TEST_POSTGRES ontbreekt: start de tests met ./test.sh."))
        { Database = $"besluitvorming_upgrade_{Guid.NewGuid():N}" }.ConnectionString;
        var opties = new DbContextOptionsBuilder<PostgresBesluitvormingDbContext>().UseNpgsql(verbinding).Options;
        await using (var db = new PostgresBesluitvormingDbContext(opties))
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
            await VorigeReleaseAsync(db, postgres: true);
        }
        await BewijsUpgradeAsync(new Fabriek("PostgreSQL", verbinding));
    }

    /// <summary>Migrates up to the baseline only and runs the seed written for it.</summary>
    private static async Task VorigeReleaseAsync(BesluitvormingDbContext db, bool postgres)
    {
        var basis = db.Database.GetMigrations().Single(m => m.EndsWith("_" + Basismigratie, StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(basis);
        (await db.Database.GetAppliedMigrationsAsync()).Last().ShouldBe(basis);

        var verbinding = db.Database.GetDbConnection();
        await verbinding.OpenAsync();
        if (postgres) await VoerUitAsync(verbinding, "SET TIME ZONE 'UTC'");
        await VoerUitAsync(verbinding, await File.ReadAllTextAsync(Seed));
        if (postgres)
            // The seed gives its rows ids; the identity columns must continue after them, as they did in that database.
            await VoerUitAsync(verbinding, """
                DO $$ DECLARE r record; BEGIN
                  FOR r IN SELECT table_name, column_name FROM information_schema.columns
                           WHERE table_schema = current_schema() AND is_identity = 'YES' LOOP
                    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE((SELECT max(%I) FROM %I), 0) + 1, false)',
                                   quote_ident(r.table_name), r.column_name, r.column_name, r.table_name);
                  END LOOP;
                END $$;
                """);
    }

    private static async Task VoerUitAsync(DbConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync();
    }

    private static async Task BewijsUpgradeAsync(Fabriek app)
    {
        await using var _ = app;
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(); // starts: migrates to the latest
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            // Meetings from before the migration Vergaderingen go ahead as planned, at the pattern's start time.
            var college = await db.Vergaderkalender.AsNoTracking().SingleAsync(v => v.Soort == Vergadersoort.College && v.Datum == new DateOnly(2026, 6, 16));
            college.Status.ShouldBe(Vergaderstatus.Gepland);
            college.Aanvang.ShouldBe(new TimeOnly(9, 30));
        }

        // The timers of the open advice task are planned at start.
        (await scheduler.GetTriggersOfJob(TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, 112))).Count.ShouldBe(1, "herinnering voor de open adviestaak");
        (await scheduler.GetTriggersOfJob(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, 112))).Count.ShouldBe(1, "escalatie voor de open adviestaak");

        // The overview lists the registered proposals; the proposal page opens.
        var secretariaat = await app.IngelogdAlsAsync("secretariaat");
        var overzicht = (await secretariaat.PaginaAsync("/Overzicht")).Body!.TextContent;
        foreach (var onderwerp in new[] { "Subsidieregeling buurtinitiatieven 2026", "Herinrichting speelplaatsen in de wijk", "Verlenging pilot buurtbudget", "Beleidskader Thuis in de Buurt" })
            overzicht.ShouldContain(onderwerp);
        var route = new Route(app);
        var juridisch = await route.AlsAsync("juridisch");
        var pagina = await juridisch.PaginaAsync("/Voorstellen/11");
        pagina.Title!.ShouldContain("Herinrichting speelplaatsen in de wijk");
        pagina.Body!.TextContent.ShouldContain("graag de planning van de aanbesteding toevoegen");

        // An advice can be given: the last one moves the proposal on to the directieteam.
        await route.DoeAsync("juridisch", 11, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        var na = await route.LaadAsync(11);
        na.Status.ShouldBe("Directieteam");
        na.Taken.ShouldContain(t => t.Soort == "Directiebesluit" && t.IsOpen);
        await app.PasTermijnenToeAsync();
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, 112))).ShouldBeNull("de timers van de gesloten taak zijn weg");
        using (var scope = app.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails
                .Where(m => m.VoorstelId == 11 && m.Soort == Besluitvorming.Web.Mail.MailSoorten.Geagendeerd).Select(m => m.AanAdres).ToListAsync())
                .ShouldContain("dtsecretaris@gemeente.example", "de secretaris van het directieteam hoort dat het voorstel op de DT-agenda kan");

        // The decision taken before the upgrade is published (migration Publicatie), and shows in the public area.
        await app.Jobs.WachtOpAsync(PublicatiePlanner.Sleutel(10));
        (await app.Klant().PaginaAsync("/Openbaar")).Body!.TextContent.ShouldContain("Subsidieregeling buurtinitiatieven 2026");

        // Mail that waited in the outbox of the old release goes out once.
        await app.VerstuurMailAsync();
        var berichten = Mailmap.Berichten(app);
        berichten.Count(b => b.MessageId == "upgrade502@gemeente.example").ShouldBe(1);
        berichten.Count(b => b.MessageId == "upgrade503@gemeente.example").ShouldBe(1);
        berichten.ShouldNotContain(b => b.MessageId == "upgrade500@gemeente.example", "al verzonden door de vorige release");
    }
}

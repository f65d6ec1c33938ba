using System.Collections.Concurrent;
using System.Net;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Instances migrate on start under a database lock: two starting at once on a fresh PostgreSQL database both start and
/// the schema is migrated once. With Database:MigrerenBijStart off the app does not migrate and refuses to start while a
/// migration is pending.
/// </summary>
public sealed class MigratieslotTests
{
    /// <summary>Counts the migrations EF Core applies, over every instance it is handed to.</summary>
    private sealed class Migratieteller : ILoggerProvider
    {
        public ConcurrentQueue<string> Toegepast { get; } = [];
        public ILogger CreateLogger(string categoryName) => new Schrijver(this);
        public void Dispose() { }

        private sealed class Schrijver(Migratieteller teller) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id == RelationalEventId.MigrationApplying.Id) teller.Toegepast.Enqueue(formatter(state, exception));
            }
        }
    }

    private static WebApplicationFactory<Program> Instantie(string verbinding, Migratieteller teller)
    {
        var fabriek = new PostgresFabriek();
        fabriek.ExtraInstellingen["Database:ConnectionString"] = verbinding;
        fabriek.ExtraInstellingen["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information";
        return fabriek.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(teller)));
    }

    private static async Task<long> WachtendeInstantiesAsync(NpgsqlConnection verbinding)
    {
        await using var opdracht = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            + "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()", verbinding);
        return (long)(await opdracht.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Twee_instanties_die_tegelijk_starten_op_een_lege_PostgreSQL_database_starten_allebei_en_migreren_een_keer()
    {
        var verbinding = new PostgresFabriek().ExtraInstellingen["Database:ConnectionString"]!;
        var naam = new NpgsqlConnectionStringBuilder(verbinding).Database!;
        await using (var beheer = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(verbinding) { Database = "postgres" }.ConnectionString))
        {
            await beheer.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand($"CREATE DATABASE \"{naam}\"", beheer).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        // The test holds the instances' lock, so both must be waiting for it before either can migrate.
        await using var slot = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(verbinding) { Pooling = false }.ConnectionString);
        await slot.OpenAsync(TestContext.Current.CancellationToken);
        await new NpgsqlCommand($"SELECT pg_advisory_lock({Migratieslot.PostgresSleutel})", slot).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);

        var teller = new Migratieteller();
        using var a = Instantie(verbinding, teller);
        using var b = Instantie(verbinding, teller);
        var startA = Task.Run(() => a.CreateClient());
        var startB = Task.Run(() => b.CreateClient());

        var tot = DateTime.UtcNow.AddMinutes(2);
        while (await WachtendeInstantiesAsync(slot) < 2)
        {
            if (startA.IsFaulted || startB.IsFaulted) await Task.WhenAll(startA, startB); // shows why a start failed
            (startA.IsCompleted && startB.IsCompleted).ShouldBeFalse("een instantie startte zonder op het migratieslot te wachten");
            DateTime.UtcNow.ShouldBeLessThan(tot, "beide instanties wachten binnen twee minuten op het migratieslot");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        teller.Toegepast.ShouldBeEmpty("zolang het slot bezet is migreert niemand");
        (await new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NULL", slot).ExecuteScalarAsync(TestContext.Current.CancellationToken))
            .ShouldBe(true);

        await new NpgsqlCommand($"SELECT pg_advisory_unlock({Migratieslot.PostgresSleutel})", slot).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        var klanten = await Task.WhenAll(startA, startB).WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        foreach (var klant in klanten)
            (await klant.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var scope = a.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var migraties = db.Database.GetMigrations().ToList();
        teller.Toegepast.Count.ShouldBe(migraties.Count, "elke migratie is over beide instanties samen één keer toegepast");
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBe(migraties);
        (await db.Users.CountAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await db.Users.Select(g => g.UserName).Distinct().CountAsync(TestContext.Current.CancellationToken));
        (await db.Afdelingen.CountAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await db.Afdelingen.Select(g => g.Naam).Distinct().CountAsync(TestContext.Current.CancellationToken), "de demo-organisatie is één keer geladen");
    }

    [Fact]
    public void Met_migreren_bij_start_uit_weigert_de_app_te_starten_zolang_er_een_migratie_openstaat()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Database:MigrerenBijStart"] = "false";

        var fout = Should.Throw<Exception>(() => fabriek.CreateClient());

        fout.Message.ShouldContain("Database:MigrerenBijStart staat uit; de app start niet.");
        fout.Message.ShouldContain("_Begin");
    }

    [Fact]
    public async Task Met_migreren_bij_start_uit_start_de_app_op_een_bijgewerkte_database()
    {
        using var eerste = new BesluitvormingFabriek();
        eerste.CreateClient().Dispose();
        var bestand = $"Data Source={eerste.DatabasePad}"; // the first app stays: disposing it removes its folder

        using var tweede = new BesluitvormingFabriek();
        tweede.ExtraInstellingen["Database:ConnectionString"] = bestand;
        tweede.ExtraInstellingen["Database:MigrerenBijStart"] = "false";

        (await tweede.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Backup and restore as the operator runs them (the scripts in deploy/backup): a backup taken while the app runs,
/// restored to a new file or a new database, opened by a new app instance. What was there comes back and keeps
/// working: the proposal, the advisor's session (the Data Protection keys are in the backup), the outbox (each mail
/// sent once, its link token still readable) and a durable timer planned before the backup, which fires after it.
/// </summary>
public sealed class BackupEnHerstelTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "herstel-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public BackupEnHerstelTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    /// <summary>An app on a given database; mail waits in the outbox and no timer is re-planned at start (the base's
    /// default), so a timer that fires after a restore came out of the backup.</summary>
    private sealed class Fabriek : Infrastructuur.BesluitvormingFabriek
    {
        public Fabriek(VerstelbareKlok klok, string provider, string verbinding)
        {
            Klok = klok;
            VerzendenOpAchtergrond = false;
            ExtraInstellingen["Database:Provider"] = provider;
            ExtraInstellingen["Database:ConnectionString"] = verbinding;
        }
    }

    private static string Postgres(string database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Infrastructuur.PostgresFabriek.Omgevingsvariabele)
            ?? throw new InvalidOperationException("BESLUITVORMING_TEST_POSTGRES ontbreekt: start de tests met ./test.sh."))
        { Database = database }.ConnectionString;

    [Fact]
    public async Task Sqlite_backup_tijdens_bedrijf_teruggezet_op_een_ander_pad_werkt_verder_en_de_timer_gaat_af()
    {
        var productie = Path.Combine(_map, "productie", "besluitvorming.db");
        var backup = Path.Combine(_map, "backups", "besluitvorming-2026-06-10.db");
        var hersteld = Path.Combine(_map, "hersteld", "besluitvorming.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        await BewijsHerstelAsync(
            new Fabriek(_klok, "Sqlite", $"Data Source={productie}"),
            () => Backupscripts.GeslaagdAsync("backup-sqlite.sh", [productie, backup]),
            async () =>
            {
                // The original is gone (a lost disk): only the backup is left.
                Directory.Delete(Path.GetDirectoryName(productie)!, recursive: true);
                await Backupscripts.GeslaagdAsync("restore-sqlite.sh", [backup, hersteld]);
            },
            () => new Fabriek(_klok, "Sqlite", $"Data Source={hersteld}"));
    }

    [Fact]
    public async Task Postgres_dump_teruggezet_in_een_nieuwe_database_werkt_verder_en_de_timer_gaat_af()
    {
        var omgeving = Backupscripts.PostgresOmgeving();
        var productie = $"besluitvorming_{Guid.NewGuid():N}";
        var hersteld = $"besluitvorming_hersteld_{Guid.NewGuid():N}";
        var backup = Path.Combine(_map, "besluitvorming.dump");

        await BewijsHerstelAsync(
            new Fabriek(_klok, "PostgreSQL", Postgres(productie)),
            () => Backupscripts.GeslaagdAsync("backup-postgres.sh", [productie, backup], omgeving),
            () => Backupscripts.GeslaagdAsync("restore-postgres.sh", [backup, hersteld], omgeving),
            () => new Fabriek(_klok, "PostgreSQL", Postgres(hersteld)));

        // A restore never overwrites: into an existing database it stops with an error and leaves that database alone.
        var nogEens = await Backupscripts.DraaiAsync("restore-postgres.sh", [backup, hersteld], omgeving);
        nogEens.Code.ShouldNotBe(0);
        nogEens.Fouten.ShouldContain("could not create database");
        await using var gebleven = new Fabriek(_klok, "PostgreSQL", Postgres(hersteld));
        using var scope = gebleven.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Sqlite_scripts_weigeren_een_bestaand_doel_en_een_bestand_dat_geen_database_is()
    {
        var vreemd = Path.Combine(_map, "vreemd.db");
        await File.WriteAllTextAsync(vreemd, "dit is geen database");
        var bestaand = Path.Combine(_map, "bestaand.db");
        await File.WriteAllTextAsync(bestaand, "al in gebruik");

        var backupVanVreemd = await Backupscripts.DraaiAsync("backup-sqlite.sh", [vreemd, Path.Combine(_map, "uit.db")]);
        backupVanVreemd.Code.ShouldNotBe(0);
        File.Exists(Path.Combine(_map, "uit.db")).ShouldBeFalse("een mislukte backup laat geen bestand achter");
        File.Exists(Path.Combine(_map, "uit.db.onvolledig")).ShouldBeFalse();

        var herstelVanVreemd = await Backupscripts.DraaiAsync("restore-sqlite.sh", [vreemd, Path.Combine(_map, "nieuw.db")]);
        herstelVanVreemd.Code.ShouldNotBe(0);
        File.Exists(Path.Combine(_map, "nieuw.db")).ShouldBeFalse();

        var overschrijven = await Backupscripts.DraaiAsync("restore-sqlite.sh", [vreemd, bestaand]);
        overschrijven.Code.ShouldNotBe(0);
        overschrijven.Fouten.ShouldContain("already exists");
        (await File.ReadAllTextAsync(bestaand)).ShouldBe("al in gebruik");

        (await Backupscripts.DraaiAsync("backup-sqlite.sh", [vreemd])).Code.ShouldBe(2, "zonder doel: gebruik tonen");
    }

    private async Task BewijsHerstelAsync(Fabriek origineel, Func<Task> backup, Func<Task> herstel, Func<Fabriek> opHersteld)
    {
        var onderwerp = $"Herstel {Guid.NewGuid():N}";
        int id, taakId;
        DateTimeOffset herinneringOp;
        Dictionary<string, string> sessie;
        HashSet<string> wachtend;
        await using (origineel)
        {
            var route = new Infrastructuur.Route(origineel);
            var velden = Infrastructuur.Route.VolledigVoorstel(onderwerp);
            velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
            id = await route.IndienenAsync("steller", velden);
            await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
            var taak = (await route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies" && t.IsOpen);
            taakId = taak.Id;
            herinneringOp = origineel.Services.GetRequiredService<TermijnPlanner>().HerinneringOp(taak.Deadline!.Value);
            herinneringOp.ShouldBeGreaterThan(_klok.GetUtcNow());
            await origineel.PasTermijnenToeAsync();
            var scheduler = await origineel.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            (await scheduler.GetTriggersOfJob(TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, taakId))).Count.ShouldBe(1);

            var (advies, cookies) = origineel.KlantMetCookies();
            await advies.InloggenAsync("juridisch");
            sessie = new(cookies.Cookies);
            wachtend = (await LeesAsync(origineel, db => db.UitgaandeMails.Where(m => m.Status == MailStatus.Wachtend)
                .Select(m => m.MessageId).ToListAsync())).ToHashSet();
            wachtend.ShouldNotBeEmpty();

            await backup(); // while the app runs
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await herstel();

        await using var na = opHersteld();
        var hersteld = await na.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var herinnering = TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, taakId);
        (await hersteld.GetTriggersOfJob(herinnering)).Count.ShouldBe(1, "de timer kwam mee in de backup, onder dezelfde schedulernaam");

        // The advisor's session from before the backup is valid: the key ring came back with the data.
        var (klant, opnieuw) = na.KlantMetCookies();
        foreach (var (naam, waarde) in sessie) opnieuw.Cookies[naam] = waarde;
        var pagina = await klant.PaginaAsync($"/Voorstellen/{id}");
        pagina.Title!.ShouldContain(onderwerp);

        // Every mail that waited at the backup goes out once, its personal link readable with the restored keys.
        (await na.VerstuurMailAsync()).Verzonden.ShouldBe(wachtend.Count);
        var berichten = Mailmap.Berichten(na);
        berichten.Select(b => b.MessageId).ShouldBe(wachtend, ignoreOrder: true);
        berichten.Single(b => b.Aan("juridisch@gemeente.example") && b.Subject!.Contains(onderwerp)).LinkPad().ShouldStartWith("/Link/");
        (await na.VerstuurMailAsync()).Verzonden.ShouldBe(0);

        // The reminder planned before the backup fires once its moment passes on the restored database.
        na.Jobs.Aantal(herinnering).ShouldBe(0);
        _klok.ZetOp(herinneringOp.AddHours(1));
        await na.Jobs.WachtOpAsync(herinnering);
        (await LeesAsync(na, db => db.UitgaandeMails.Where(m => m.VoorstelId == id && m.Soort == MailSoorten.Herinnering)
            .Select(m => m.AanAdres).ToListAsync())).ShouldBe(["juridisch@gemeente.example"]);
    }

    private static async Task<T> LeesAsync<T>(Infrastructuur.BesluitvormingFabriek fabriek, Func<BesluitvormingDbContext, Task<T>> lees)
    {
        using var scope = fabriek.Services.CreateScope();
        return await lees(scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>());
    }
}

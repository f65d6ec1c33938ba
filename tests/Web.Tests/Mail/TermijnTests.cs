using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// Reminders and escalations are Quartz jobs in the app's database: they survive a restart and a moved database, and
/// fire once. Each test waits for the job run it expects (a job listener), then reads the outbox the job wrote to.
/// </summary>
public sealed class TermijnTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "termijn-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public TermijnTests() => Directory.CreateDirectory(_map);

    private string Database => Path.Combine(_map, "termijn.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    /// <summary>The outbox rows of one kind for this proposal, in the database the app uses.</summary>
    private static async Task<List<UitgaandeMail>> OutboxAsync(BesluitvormingFabriek fabriek, int voorstelId, string soort)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.UitgaandeMails.AsNoTracking().Where(m => m.VoorstelId == voorstelId && m.Soort == soort).ToListAsync();
    }

    private static async Task<(int VoorstelId, Taak Taak)> InAdviesAsync(BesluitvormingFabriek fabriek, string onderwerp)
    {
        var route = new Route(fabriek);
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await route.IndienenAsync("steller", velden);
        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await fabriek.PasTermijnenToeAsync();
        return (id, (await route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies" && t.IsOpen));
    }

    private static async Task<IScheduler> SchedulerAsync(BesluitvormingFabriek fabriek) =>
        await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private static JobKey Herinnering(int taakId) => TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, taakId);

    private static JobKey Escalatie(int taakId) => TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taakId);

    [Fact]
    public async Task Herinnering_gaat_na_het_verzetten_van_de_klok_ook_over_een_herstart_heen_precies_een_keer_uit()
    {
        var onderwerp = $"Termijn {Guid.NewGuid():N}";
        int id, taakId;
        DateTimeOffset herinneringOp, escalatieOp;
        await using (var eerste = new TermijnFabriek(Database, _klok))
        {
            (id, var taak) = await InAdviesAsync(eerste, onderwerp);
            taakId = taak.Id;
            taak.Deadline.ShouldNotBeNull();
            var planner = eerste.Services.GetRequiredService<TermijnPlanner>();
            herinneringOp = planner.HerinneringOp(taak.Deadline.Value);
            escalatieOp = planner.EscalatieOp(taak.Deadline.Value);
            herinneringOp.ShouldBeGreaterThan(_klok.GetUtcNow());
            var scheduler = await SchedulerAsync(eerste);
            (await scheduler.GetTrigger(new TriggerKey(Herinnering(taakId).Name, TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(herinneringOp);
            (await scheduler.GetTrigger(new TriggerKey(Escalatie(taakId).Name, TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(escalatieOp);
            (await OutboxAsync(eerste, id, MailSoorten.Herinnering)).ShouldBeEmpty();
        }

        // The app is down while the reminder falls due; the next start finds the stored trigger (no re-planning).
        _klok.ZetOp(herinneringOp.AddHours(1));
        await using (var tweede = new TermijnFabriek(Database, _klok, herplanBijStart: false))
        {
            _ = tweede.Services; // start
            await tweede.Jobs.WachtOpAsync(Herinnering(taakId));
            var herinnering = (await OutboxAsync(tweede, id, MailSoorten.Herinnering)).ShouldHaveSingleItem();
            herinnering.AanAdres.ShouldBe("juridisch@gemeente.example");
            (await tweede.VerstuurMailAsync()).Verzonden.ShouldBeGreaterThanOrEqualTo(1);
            var mail = Mailmap.Berichten(tweede).Single(m => (m.Subject ?? "").StartsWith("Herinnering") && m.Subject!.Contains(onderwerp));
            mail.TextBody!.ShouldContain("/Link/");
            // The escalation is not due yet: its trigger is still ahead of the clock, and it has not run.
            var escalatie = await (await SchedulerAsync(tweede)).GetTrigger(new TriggerKey(Escalatie(taakId).Name, TermijnPlanner.Groep));
            escalatie!.NextFireTimeUtc!.Value.ShouldBeGreaterThan(_klok.GetUtcNow());
            tweede.Jobs.Aantal(Escalatie(taakId)).ShouldBe(0);
            (await OutboxAsync(tweede, id, MailSoorten.Escalatie)).ShouldBeEmpty();
        }

        // Another restart re-plans the reminder whose moment has passed: it runs at once and writes nothing new.
        // Passing the deadline escalates, once.
        await using (var derde = new TermijnFabriek(Database, _klok))
        {
            _ = derde.Services;
            await derde.Jobs.WachtOpAsync(Herinnering(taakId));
            (await OutboxAsync(derde, id, MailSoorten.Herinnering)).Count.ShouldBe(1);

            _klok.ZetOp(escalatieOp);
            await derde.Jobs.WachtOpAsync(Escalatie(taakId));
            (await OutboxAsync(derde, id, MailSoorten.Escalatie)).Select(m => m.AanAdres)
                .ShouldBe(["afdelingshoofd@gemeente.example", "secretariaat@gemeente.example"], ignoreOrder: true);
            (await OutboxAsync(derde, id, MailSoorten.Herinnering)).Count.ShouldBe(1);
            // Both timers have fired and are gone: nothing is left that could send either mail again.
            var scheduler = await SchedulerAsync(derde);
            (await scheduler.GetJobDetail(Herinnering(taakId))).ShouldBeNull();
            (await scheduler.GetJobDetail(Escalatie(taakId))).ShouldBeNull();
        }
    }

    [Fact]
    public async Task Timer_gaat_af_nadat_de_database_naar_een_andere_map_is_verplaatst()
    {
        var onderwerp = $"Verhuisd {Guid.NewGuid():N}";
        int id, taakId;
        DateTimeOffset herinneringOp;
        await using (var oud = new TermijnFabriek(Database, _klok))
        {
            (id, var taak) = await InAdviesAsync(oud, onderwerp);
            taakId = taak.Id;
            herinneringOp = oud.Services.GetRequiredService<TermijnPlanner>().HerinneringOp(taak.Deadline!.Value);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Restored elsewhere (a new server, a backup): only the path in the connection string differs.
        var elders = Path.Combine(_map, "elders", "hersteld.db");
        Directory.CreateDirectory(Path.GetDirectoryName(elders)!);
        foreach (var achtervoegsel in new[] { "", "-wal", "-shm" })
            if (File.Exists(Database + achtervoegsel)) File.Move(Database + achtervoegsel, elders + achtervoegsel);

        _klok.ZetOp(herinneringOp.AddHours(1));
        await using var nieuw = new TermijnFabriek(elders, _klok, herplanBijStart: false);
        _ = nieuw.Services;
        await nieuw.Jobs.WachtOpAsync(Herinnering(taakId), seconden: 30);
        (await OutboxAsync(nieuw, id, MailSoorten.Herinnering)).ShouldHaveSingleItem().AanAdres.ShouldBe("juridisch@gemeente.example");
    }

    [Fact]
    public async Task Afgeronde_taak_ruimt_haar_timers_op_en_krijgt_geen_herinnering()
    {
        var onderwerp = $"Afgerond {Guid.NewGuid():N}";
        await using var fabriek = new TermijnFabriek(Database, _klok);
        var (id, taak) = await InAdviesAsync(fabriek, onderwerp);
        var scheduler = await SchedulerAsync(fabriek);
        (await scheduler.GetJobDetail(Herinnering(taak.Id))).ShouldNotBeNull();

        await new Route(fabriek).DoeAsync("juridisch", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        await fabriek.PasTermijnenToeAsync();
        (await scheduler.GetJobDetail(Herinnering(taak.Id))).ShouldBeNull();
        (await scheduler.GetJobDetail(Escalatie(taak.Id))).ShouldBeNull();

        // Had a timer survived (a failed removal, a crash), its run would find the task closed and write nothing.
        var overgebleven = JobBuilder.Create<TermijnJob>().WithIdentity("overgebleven", TermijnPlanner.Groep)
            .UsingJobData(TermijnJob.TaakId, taak.Id).UsingJobData(TermijnJob.Soort, TermijnPlanner.Herinnering)
            .UsingJobData(TermijnJob.Deadline, taak.Deadline!.Value.ToString("yyyy-MM-dd")).Build();
        // StartAt the app's clock: StartNow() would read the system clock, months away from the test's day.
        await scheduler.ScheduleJob(overgebleven, [TriggerBuilder.Create().StartAt(_klok.GetUtcNow()).Build()], new ScheduleJobOptions());
        await fabriek.Jobs.WachtOpAsync(overgebleven.Key);
        (await OutboxAsync(fabriek, id, MailSoorten.Herinnering)).ShouldBeEmpty();
        (await OutboxAsync(fabriek, id, MailSoorten.Escalatie)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Gewijzigde_deadline_verzet_de_timers_en_een_verouderde_timer_doet_niets()
    {
        var onderwerp = $"Verzet {Guid.NewGuid():N}";
        await using var fabriek = new TermijnFabriek(Database, _klok);
        var (id, taak) = await InAdviesAsync(fabriek, onderwerp);
        var planner = fabriek.Services.GetRequiredService<TermijnPlanner>();
        var scheduler = await SchedulerAsync(fabriek);
        var oud = taak.Deadline!.Value;
        var nieuw = Werkdagen.Plus(oud, 5);

        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Taken.Where(t => t.Id == taak.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Deadline, nieuw));
            var verzet = await db.Taken.AsNoTracking().SingleAsync(t => t.Id == taak.Id);
            await planner.PlanAsync(verzet, behoudGelijke: true);
        }
        (await scheduler.GetTrigger(new TriggerKey(Herinnering(taak.Id).Name, TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(planner.HerinneringOp(nieuw));
        (await scheduler.GetTrigger(new TriggerKey(Escalatie(taak.Id).Name, TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(planner.EscalatieOp(nieuw));

        // A timer still carrying the old deadline (scheduled before the change) fires and sends nothing.
        var verouderd = JobBuilder.Create<TermijnJob>().WithIdentity("verouderd", TermijnPlanner.Groep)
            .UsingJobData(TermijnJob.TaakId, taak.Id).UsingJobData(TermijnJob.Soort, TermijnPlanner.Herinnering)
            .UsingJobData(TermijnJob.Deadline, oud.ToString("yyyy-MM-dd")).Build();
        await scheduler.ScheduleJob(verouderd, [TriggerBuilder.Create().StartAt(_klok.GetUtcNow()).Build()], new ScheduleJobOptions());
        await fabriek.Jobs.WachtOpAsync(verouderd.Key);
        (await OutboxAsync(fabriek, id, MailSoorten.Herinnering)).ShouldBeEmpty();
    }
}

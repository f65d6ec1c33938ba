using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Web.Tests.Trajecten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// On start-up a traject step whose timers went missing gets them back, and the timer of a step that closed is removed,
/// as for advice tasks; the app is restarted on the same database file.
/// </summary>
public sealed class StapTermijnHerplanningTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "stapherplan-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public StapTermijnHerplanningTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    private static async Task<IScheduler> SchedulerAsync(BesluitvormingFabriek app) =>
        await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    [Fact]
    public async Task Ontbrekende_timers_van_een_open_stap_komen_terug_en_die_van_een_gesloten_stap_gaan_weg()
    {
        var database = Path.Combine(_map, "stap.db");
        int open, gesloten;
        await using (var eerste = new TermijnFabriek(database, _klok))
        {
            var id = await Trajectstart.StartAsync(eerste, $"Herplanhuis {Guid.NewGuid():N}");
            gesloten = (await Trajectstart.LaadAsync(eerste, id)).HuidigeStap!.Id;
            await Trajectstart.VoerAsync(eerste, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Al gehouden", nu));
            open = (await Trajectstart.LaadAsync(eerste, id)).HuidigeStap!.Id;
            var scheduler = await SchedulerAsync(eerste);
            // A commit whose timers were never planned, and a timer left behind by a step that closed.
            await scheduler.DeleteJob(StapTermijnPlanner.Sleutel(TermijnPlanner.Herinnering, open));
            await scheduler.DeleteJob(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, open));
            await scheduler.ScheduleJob(
                JobBuilder.Create<StapTermijnJob>().WithIdentity(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, gesloten)).Build(),
                TriggerBuilder.Create().StartAt(_klok.GetUtcNow().AddDays(30)).Build());
        }

        await using var tweede = new TermijnFabriek(database, _klok);
        _ = tweede.Services;
        var na = await SchedulerAsync(tweede);
        (await na.GetJobDetail(StapTermijnPlanner.Sleutel(TermijnPlanner.Herinnering, open))).ShouldNotBeNull();
        (await na.GetJobDetail(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, open))).ShouldNotBeNull();
        (await na.GetJobDetail(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, gesloten))).ShouldBeNull();
    }

    [Fact]
    public async Task Een_open_stap_waarvan_herinnering_en_escalatie_al_geschreven_zijn_krijgt_bij_de_start_geen_timers_meer()
    {
        // The demo trajecten's overdue steps: their mails exist, yet each start planned their timers again and ran the
        // jobs, which then wrote nothing (issue 12, P4: work before the app is ready).
        await using var app = new TermijnFabriek(Path.Combine(_map, "geschreven.db"), _klok, herplanBijStart: false);
        var id = await Trajectstart.StartAsync(app, $"Verlopen huis {Guid.NewGuid():N}");
        var stap = (await Trajectstart.LaadAsync(app, id)).HuidigeStap!;
        var scheduler = await SchedulerAsync(app);
        // Nothing fires during the test: what the re-planner plans stays visible.
        await scheduler.Standby();
        _klok.ZetOp(_klok.GetUtcNow().AddDays(120));
        var job = ActivatorUtilities.CreateInstance<StapTermijnJob>(app.Services);
        (await job.VoerUitAsync(stap.Id, TermijnPlanner.Herinnering, stap.Deadline!.Value.ToString("yyyy-MM-dd"))).ShouldBeTrue();
        (await job.VoerUitAsync(stap.Id, TermijnPlanner.Escalatie, stap.Deadline!.Value.ToString("yyyy-MM-dd"))).ShouldBeTrue();
        // The fired timers are gone, as after their runs.
        await scheduler.DeleteJob(StapTermijnPlanner.Sleutel(TermijnPlanner.Herinnering, stap.Id));
        await scheduler.DeleteJob(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, stap.Id));

        await ActivatorUtilities.CreateInstance<StapTermijnHerplanning>(app.Services, Options.Create(new JobsOptions { HerplanBijStart = true }))
            .StartAsync(CancellationToken.None);

        (await scheduler.GetJobDetail(StapTermijnPlanner.Sleutel(TermijnPlanner.Herinnering, stap.Id))).ShouldBeNull();
        (await scheduler.GetJobDetail(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, stap.Id))).ShouldBeNull();
    }
}

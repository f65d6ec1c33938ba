using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Web.Tests.Trajecten;
using Microsoft.Extensions.DependencyInjection;
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
}

using Besluitvorming.Web.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// The timers in the database belong to the configured scheduler name, not to where the database is: a SQLite file
/// copied to another path (a restore, a move to another server) is opened there and its timers fire.
/// </summary>
public sealed class SchedulerNaamTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "schedulernaam-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public SchedulerNaamTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    /// <summary>A timer that does nothing but run.</summary>
    public sealed class Proefjob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Timers_van_een_gekopieerd_databasebestand_gaan_af_onder_het_nieuwe_pad()
    {
        var oud = Path.Combine(_map, "oud", "besluitvorming.db");
        var nieuw = Path.Combine(_map, "hersteld", "kopie.db");
        var sleutel = new JobKey("na-herstel", "proef");
        await using (var voor = new TermijnFabriek(oud, _klok, herplanBijStart: false))
        {
            var scheduler = await voor.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            // Due in an hour on the app's clock: after the move, not while this instance runs.
            await scheduler.ScheduleJob(JobBuilder.Create<Proefjob>().WithIdentity(sleutel).StoreDurably().Build(),
                TriggerBuilder.Create().StartAt(_klok.GetUtcNow().AddHours(1)).Build());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(nieuw)!);
        foreach (var deel in new[] { "", "-wal", "-shm" })
            if (File.Exists(oud + deel)) File.Copy(oud + deel, nieuw + deel);
        Directory.Delete(Path.GetDirectoryName(oud)!, recursive: true);

        await using var na = new TermijnFabriek(nieuw, _klok, herplanBijStart: false);
        var hersteld = await na.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await hersteld.GetTriggersOfJob(sleutel)).Count.ShouldBe(1, "de timer staat onder dezelfde schedulernaam");
        na.Jobs.Aantal(sleutel).ShouldBe(0);

        _klok.ZetOp(_klok.GetUtcNow().AddMinutes(61));
        await na.Jobs.WachtOpAsync(sleutel);
    }
}

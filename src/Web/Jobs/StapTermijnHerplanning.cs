using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// The safety net for traject steps on start-up (Jobs:HerplanBijStart, as for advice tasks): an open step visit with a
/// deadline whose escalation timer is missing (a failed call after a commit, a crash) gets its timers; timers of
/// visits that closed meanwhile are removed. Timers that exist are left as they are: the job checks the deadline. A visit
/// whose mails for its deadline are all written gets none.
/// </summary>
public sealed class StapTermijnHerplanning(IServiceScopeFactory scopes, StapTermijnPlanner planner, ISchedulerFactory schedulers,
    IOptions<JobsOptions> opties, ILogger<StapTermijnHerplanning> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!opties.Value.HerplanBijStart) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var open = await db.TrajectStappen.AsNoTracking()
            .Where(s => s.Uitkomst == null && s.Deadline != null && s.VoorstelId == null).ToListAsync(ct);
        // A visit whose reminder and escalation are already in the outbox (an overdue step, such as the demo trajecten's)
        // gets no timers: they would fire at once and write nothing, at every start (issue 12, P4).
        var sleutels = open.SelectMany(s => new[] { TrajectMail.HerinneringSleutel(s), TrajectMail.EscalatieSleutel(s) }).ToList();
        var geschreven = (await db.UitgaandeMails.Where(m => sleutels.Contains(m.Sleutel!)).Select(m => m.Sleutel!).ToListAsync(ct)).ToHashSet();
        var scheduler = await schedulers.GetScheduler(ct);
        var bestaand = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(StapTermijnPlanner.Groep), ct);
        var gepland = 0;
        foreach (var stap in open.Where(s => !bestaand.Contains(StapTermijnPlanner.Sleutel(TermijnPlanner.Escalatie, s.Id))
                                             && !planner.IsAfgehandeld(s, geschreven)))
        {
            await planner.PlanAsync(stap, ct);
            gepland++;
        }

        var verwijderd = await TermijnHerplanning.VerwijderAndereAsync(scheduler, bestaand, open.Select(s => s.Id).ToHashSet(), ct);
        log.LogInformation("Termijnbewaking trajecten: {Gepland} van {Open} open stappen gepland, {Verwijderd} verouderde timers verwijderd",
            gepland, open.Count, verwijderd);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

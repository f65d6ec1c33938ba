using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// The safety net on start-up: every open advice task gets its timers (kept when already right, so stored
/// triggers survive a restart untouched), and timers of tasks that closed meanwhile are removed.
/// </summary>
public sealed class TermijnHerplanning(IServiceScopeFactory scopes, TermijnPlanner planner, ISchedulerFactory schedulers,
    WorkflowRegister workflows, IOptions<JobsOptions> opties, ILogger<TermijnHerplanning> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!opties.Value.HerplanBijStart) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        // Which tasks are watched is their definition's word (termijnbewaking), per proposal's version.
        var kandidaten = await db.Taken.AsNoTracking().Where(t => t.Toestand == TaakStatus.Open && t.Deadline != null)
            .Join(db.Voorstellen, t => t.VoorstelId, v => v.Id, (t, v) => new { Taak = t, v.WorkflowNaam, v.WorkflowVersie })
            .ToListAsync(ct);
        var open = new List<Taak>();
        foreach (var k in kandidaten)
            if (TermijnPlanner.IsBewaakt(await workflows.VersieAsync(k.WorkflowNaam, k.WorkflowVersie, ct), k.Taak)) open.Add(k.Taak);
        foreach (var taak in open) await planner.PlanAsync(taak, bewaakt: true, behoudGelijke: true, ct);

        var scheduler = await schedulers.GetScheduler(ct);
        var verwijderd = await VerwijderAndereAsync(scheduler, await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(TermijnPlanner.Groep), ct),
            open.Select(t => t.Id).ToHashSet(), ct);
        log.LogInformation("Termijnbewaking: {Open} open adviestaken gepland, {Verwijderd} verouderde timers verwijderd", open.Count, verwijderd);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Deletes the timers whose key (ending in "-{id}") names no id in <paramref name="open"/>; returns how many.</summary>
    internal static async Task<int> VerwijderAndereAsync(IScheduler scheduler, IEnumerable<JobKey> sleutels, IReadOnlySet<int> open,
        CancellationToken ct)
    {
        var verwijderd = 0;
        foreach (var sleutel in sleutels)
        {
            if (int.TryParse(sleutel.Name[(sleutel.Name.LastIndexOf('-') + 1)..], out var id) && open.Contains(id)) continue;
            await scheduler.DeleteJob(sleutel, ct);
            verwijderd++;
        }
        return verwijderd;
    }
}

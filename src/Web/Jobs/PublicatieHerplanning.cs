using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// The safety net on start-up: every public decision not yet published gets its publication timer (one whose day has
/// come fires at once: a publication missed while the app was down, or a decision taken before publication existed),
/// and timers of proposals with nothing left to publish are removed.
/// </summary>
public sealed class PublicatieHerplanning(IServiceScopeFactory scopes, PublicatiePlanner planner, ISchedulerFactory schedulers,
    WorkflowRegister workflows, TimeProvider klok, IOptions<JobsOptions> opties, ILogger<PublicatieHerplanning> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!opties.Value.HerplanBijStart) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var kandidaten = await db.Voorstellen.AsNoTracking()
            .Where(v => v.GepubliceerdOp == null && v.Registratienummer != null
                        && (v.Openbaarheid == Openbaarheid.Ja || v.Openbaarheid == Openbaarheid.Uitgesteld)
                        && (v.Collegebesluit != null || v.Raadsbesluit != null))
            .ToListAsync(ct);
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var gepland = new HashSet<int>();
        foreach (var v in kandidaten)
        {
            if (!v.HeeftEindbesluit(await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct))) continue;
            var dag = v.Openbaarheid == Openbaarheid.Uitgesteld && v.OpenbaarNa is { } na ? na.AddDays(1) : vandaag;
            await planner.PlanAsync(v.Id, dag, behoudGelijke: true, ct);
            gepland.Add(v.Id);
        }
        var scheduler = await schedulers.GetScheduler(ct);
        var verwijderd = await TermijnHerplanning.VerwijderAndereAsync(scheduler,
            await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(PublicatiePlanner.Groep), ct), gepland, ct);
        log.LogInformation("Publicatie: {Gepland} besluiten wachten op publicatie, {Verwijderd} verouderde timers verwijderd", gepland.Count, verwijderd);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

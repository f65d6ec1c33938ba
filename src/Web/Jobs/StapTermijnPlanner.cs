using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Keeps one reminder and one escalation trigger per open traject step visit with a deadline, keyed by the visit's
/// id, at the moments <see cref="TermijnPlanner"/> computes for advice tasks (Mail:HerinneringWerkdagenVoorDeadline
/// working days before, the first working day after, at Jobs:Tijdstip). Called after the commit; the job checks the
/// step is still open with the same deadline, so an out-of-date timer does no harm. A decision moment that waits for
/// its linked proposal has no timers.
/// </summary>
public sealed class StapTermijnPlanner(ISchedulerFactory schedulers, TermijnPlanner termijnen, TimeProvider klok,
    ILogger<StapTermijnPlanner> log)
{
    public const string Groep = "trajecttermijnen";

    /// <summary>Closed visits lose their timers; opened ones and moved deadlines get them.</summary>
    public async Task NaCommitAsync(Traject traject, IReadOnlyList<Domeingebeurtenis> gebeurtenissen, CancellationToken ct = default)
    {
        try
        {
            foreach (var e in gebeurtenissen)
            {
                switch (e)
                {
                    case TrajectStapGesloten g: await VerwijderAsync(g.Stap.Id, ct); break;
                    case TrajectStapGeopend g: await PlanAsync(g.Stap, ct); break;
                    case TrajectTermijnVerschoven v: await PlanAsync(v.Stap, ct); break;
                    // The linked proposal has deadlines of its own; the traject waits for its decision.
                    case BesluitmomentGestart b: await VerwijderAsync(b.Stap.Id, ct); break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Termijnbewaking voor traject {Id} niet bijgewerkt", traject.Id);
        }
    }

    public async Task PlanAsync(TrajectStap stap, CancellationToken ct = default)
    {
        if (!stap.IsOpen || stap.VoorstelId is not null || stap.Deadline is not { } deadline)
        {
            await VerwijderAsync(stap.Id, ct);
            return;
        }
        var scheduler = await schedulers.GetScheduler(ct);
        if (HeeftHerinnering(stap, deadline))
            await ZetAsync(scheduler, TermijnPlanner.Herinnering, stap.Id, deadline, termijnen.HerinneringOp(deadline), ct);
        else
            await scheduler.DeleteJob(Sleutel(TermijnPlanner.Herinnering, stap.Id), ct);
        await ZetAsync(scheduler, TermijnPlanner.Escalatie, stap.Id, deadline, termijnen.EscalatieOp(deadline), ct);
    }

    /// <summary>A visit opened after its reminder's moment gets no reminder, only the escalation.</summary>
    private bool HeeftHerinnering(TrajectStap stap, DateOnly deadline) =>
        termijnen.HerinneringOp(deadline) > new DateTimeOffset(DateTime.SpecifyKind(stap.GeopendOp, DateTimeKind.Utc));

    /// <summary>
    /// Whether every mail the visit's timers would write for its current deadline is in the outbox (keys in
    /// <paramref name="geschreven"/>): then a timer has nothing left to do, as the jobs write each mail once.
    /// </summary>
    public bool IsAfgehandeld(TrajectStap stap, IReadOnlySet<string> geschreven) =>
        stap.Deadline is { } deadline && geschreven.Contains(TrajectMail.EscalatieSleutel(stap))
        && (!HeeftHerinnering(stap, deadline) || geschreven.Contains(TrajectMail.HerinneringSleutel(stap)));

    public async Task VerwijderAsync(int stapId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(Sleutel(TermijnPlanner.Herinnering, stapId), ct);
        await scheduler.DeleteJob(Sleutel(TermijnPlanner.Escalatie, stapId), ct);
    }

    public static JobKey Sleutel(string soort, int stapId) => new($"{soort}-stap-{stapId}", Groep);

    private async Task ZetAsync(IScheduler scheduler, string soort, int stapId, DateOnly deadline, DateTimeOffset op, CancellationToken ct)
    {
        var sleutel = Sleutel(soort, stapId);
        var job = JobBuilder.Create<StapTermijnJob>()
            .WithIdentity(sleutel)
            .UsingJobData(StapTermijnJob.StapId, stapId)
            .UsingJobData(StapTermijnJob.Soort, soort)
            .UsingJobData(StapTermijnJob.Deadline, deadline.ToString("yyyy-MM-dd"))
            .Build();
        // A moment already passed (a deadline moved back) fires at once rather than at Quartz's next misfire round.
        var nu = klok.GetUtcNow();
        var trigger = TriggerBuilder.Create().WithIdentity(new TriggerKey(sleutel.Name, Groep)).StartAt(op > nu ? op : nu)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }
}

using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Besluitvorming.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Keeps one reminder and one escalation trigger per open watched task (the definition's <c>termijnbewaking</c>: the
/// advice tasks of the collegevoorstel) in Quartz's persistent store, keyed by the task id. Called after the transition committed; the job itself checks that the task is still open and the
/// deadline unchanged, so a timer that is out of date (a failed call here, a crash) does no harm, and
/// <see cref="TermijnHerplanning"/> repairs the set on every start.
/// </summary>
public sealed class TermijnPlanner(ISchedulerFactory schedulers, IOptions<MailOptions> mail, IOptions<JobsOptions> jobs,
    TimeProvider klok, WorkflowRegister workflows, IServiceScopeFactory scopes, ILogger<TermijnPlanner> log)
{
    public const string Groep = "termijnen";
    public const string Herinnering = "herinnering";
    public const string Escalatie = "escalatie";

    /// <summary>Follows the domain events of a committed change: closed tasks lose their timers, new and moved ones get them.</summary>
    public async Task NaOvergangAsync(Voorstel v, Domeingebeurtenissen gebeurtenissen, CancellationToken ct = default)
    {
        try
        {
            foreach (var taak in gebeurtenissen.Gesloten) await VerwijderAsync(taak.Id, ct);
            var definitie = await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct);
            foreach (var taak in gebeurtenissen.Geopend.Concat(gebeurtenissen.Verzet))
                await PlanAsync(taak, IsBewaakt(definitie, taak), behoudGelijke: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Termijnbewaking voor voorstel {Id} niet bijgewerkt; de herplanning bij de volgende start herstelt dit", v.Id);
        }
    }

    /// <summary>Whether the definition watches this task's deadline.</summary>
    public static bool IsBewaakt(WorkflowDefinitie definitie, Taak taak) =>
        definitie.TaakDefinitie(taak.Status, taak.Soort)?.Termijnbewaking == true;

    /// <summary>Schedules (or moves) the timers of this task, after looking up whether its proposal's definition watches it.</summary>
    public async Task PlanAsync(Taak taak, bool behoudGelijke, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>();
        var route = await db.Voorstellen.Where(v => v.Id == taak.VoorstelId).Select(v => new { v.WorkflowNaam, v.WorkflowVersie })
            .SingleAsync(ct);
        await PlanAsync(taak, IsBewaakt(await workflows.VersieAsync(route.WorkflowNaam, route.WorkflowVersie, ct), taak), behoudGelijke, ct);
    }

    /// <summary>Schedules (or moves) the timers of this task; removes them when the task needs none.</summary>
    public async Task PlanAsync(Taak taak, bool bewaakt, bool behoudGelijke, CancellationToken ct = default)
    {
        if (!bewaakt || !taak.IsOpen || taak.Deadline is not { } deadline)
        {
            await VerwijderAsync(taak.Id, ct);
            return;
        }
        var scheduler = await schedulers.GetScheduler(ct);
        var herinnering = HerinneringOp(deadline);
        if (herinnering > new DateTimeOffset(DateTime.SpecifyKind(taak.AangemaaktOp, DateTimeKind.Utc)))
            await ZetAsync(scheduler, Herinnering, taak.Id, deadline, herinnering, behoudGelijke, ct);
        else
            await scheduler.DeleteJob(Sleutel(Herinnering, taak.Id), ct);
        await ZetAsync(scheduler, Escalatie, taak.Id, deadline, EscalatieOp(deadline), behoudGelijke, ct);
    }

    public async Task VerwijderAsync(int taakId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(Sleutel(Herinnering, taakId), ct);
        await scheduler.DeleteJob(Sleutel(Escalatie, taakId), ct);
    }

    /// <summary>The configured number of working days before the deadline, at the configured local time.</summary>
    public DateTimeOffset HerinneringOp(DateOnly deadline) =>
        Lokaal(Werkdagen.Plus(deadline, -mail.Value.HerinneringWerkdagenVoorDeadline));

    /// <summary>The first working day after the deadline, at the configured local time.</summary>
    public DateTimeOffset EscalatieOp(DateOnly deadline) => Lokaal(Werkdagen.Plus(deadline, 1));

    public static JobKey Sleutel(string soort, int taakId) => new($"{soort}-{taakId}", Groep);

    private DateTimeOffset Lokaal(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(jobs.Value.Tijdstip, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(lokaal, klok.LocalTimeZone), TimeSpan.Zero);
    }

    private async Task ZetAsync(IScheduler scheduler, string soort, int taakId, DateOnly deadline, DateTimeOffset op,
        bool behoudGelijke, CancellationToken ct)
    {
        var sleutel = Sleutel(soort, taakId);
        var triggerSleutel = new TriggerKey(sleutel.Name, Groep);
        var deadlineTekst = deadline.ToString("yyyy-MM-dd");
        if (behoudGelijke && await scheduler.GetTrigger(triggerSleutel, ct) is { } bestaand
            && bestaand.StartTimeUtc == op && await scheduler.GetJobDetail(sleutel, ct) is { } bestaandeJob
            && bestaandeJob.JobDataMap.GetString(TermijnJob.Deadline) == deadlineTekst)
            return;

        var job = JobBuilder.Create<TermijnJob>()
            .WithIdentity(sleutel)
            .UsingJobData(TermijnJob.TaakId, taakId)
            .UsingJobData(TermijnJob.Soort, soort)
            .UsingJobData(TermijnJob.Deadline, deadlineTekst)
            .Build();
        // A moment that has passed (planned again after downtime, or a deadline moved back) fires at once; left in the
        // past it would wait for Quartz's misfire round, up to a minute later.
        var nu = klok.GetUtcNow();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerSleutel)
            .StartAt(op > nu ? op : nu)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }
}

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

    /// <summary>
    /// Follows the domain events of a committed change: closed tasks lose their timers, new and moved ones get them.
    /// All of a change's removals go to Quartz in one call and all its new triggers in one more: each call is one
    /// job-store transaction, which on a clustered store waits for the TRIGGER_ACCESS lock row.
    /// </summary>
    public async Task NaOvergangAsync(Voorstel v, Domeingebeurtenissen gebeurtenissen, CancellationToken ct = default)
    {
        try
        {
            var verwijder = new List<JobKey>();
            var plan = new List<Timer>();
            foreach (var taak in gebeurtenissen.Gesloten) verwijder.AddRange(Sleutels(taak.Id));
            var geopend = gebeurtenissen.Geopend.Concat(gebeurtenissen.Verzet).ToList();
            if (geopend.Count > 0)
            {
                var definitie = await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct);
                foreach (var taak in geopend) Bepaal(taak, IsBewaakt(definitie, taak), verwijder, plan);
            }
            await ToepassenAsync(verwijder, plan, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Termijnbewaking voor voorstel {Id} niet bijgewerkt; de herplanning bij de volgende start herstelt dit", v.Id);
        }
    }

    /// <summary>One timer a task should have: its kind, the deadline it watches and its moment (before clamping to now).</summary>
    private readonly record struct Timer(string Soort, int TaakId, DateOnly Deadline, DateTimeOffset Op);

    /// <summary>The timers this task should have go to <paramref name="plan"/>, the ones it should not have to <paramref name="verwijder"/>.</summary>
    private void Bepaal(Taak taak, bool bewaakt, List<JobKey> verwijder, List<Timer> plan)
    {
        if (!bewaakt || !taak.IsOpen || taak.Deadline is not { } deadline)
        {
            verwijder.AddRange(Sleutels(taak.Id));
            return;
        }
        var herinnering = HerinneringOp(deadline);
        if (herinnering > new DateTimeOffset(DateTime.SpecifyKind(taak.AangemaaktOp, DateTimeKind.Utc)))
            plan.Add(new Timer(Herinnering, taak.Id, deadline, herinnering));
        else
            verwijder.Add(Sleutel(Herinnering, taak.Id));
        plan.Add(new Timer(Escalatie, taak.Id, deadline, EscalatieOp(deadline)));
    }

    /// <summary>At most one Quartz call for the removals and one for the new triggers (Replace: a moved timer overwrites).</summary>
    private async Task ToepassenAsync(List<JobKey> verwijder, List<Timer> plan, CancellationToken ct)
    {
        if (verwijder.Count == 0 && plan.Count == 0) return;
        var scheduler = await schedulers.GetScheduler(ct);
        if (verwijder.Count > 0) await scheduler.DeleteJobs(verwijder, ct);
        if (plan.Count > 0)
            await scheduler.ScheduleJobs(plan.ToDictionary(t => Job(t), t => (IReadOnlyCollection<ITrigger>)[Trigger(t)]),
                new ScheduleJobOptions { Replace = true }, ct);
    }

    private static JobKey[] Sleutels(int taakId) => [Sleutel(Herinnering, taakId), Sleutel(Escalatie, taakId)];

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

    /// <summary>
    /// Schedules (or moves) the timers of this task; removes them when the task needs none. With
    /// <paramref name="behoudGelijke"/> a stored timer with the same moment and deadline is left alone.
    /// </summary>
    public async Task PlanAsync(Taak taak, bool bewaakt, bool behoudGelijke, CancellationToken ct = default)
    {
        var verwijder = new List<JobKey>();
        var plan = new List<Timer>();
        Bepaal(taak, bewaakt, verwijder, plan);
        if (behoudGelijke)
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var nieuw = new List<Timer>();
            foreach (var t in plan)
                if (!await IsGelijkAsync(scheduler, t, ct)) nieuw.Add(t);
            plan = nieuw;
        }
        await ToepassenAsync(verwijder, plan, ct);
    }

    public Task VerwijderAsync(int taakId, CancellationToken ct = default) => ToepassenAsync([.. Sleutels(taakId)], [], ct);

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

    private static async Task<bool> IsGelijkAsync(IScheduler scheduler, Timer t, CancellationToken ct)
    {
        var sleutel = Sleutel(t.Soort, t.TaakId);
        return await scheduler.GetTrigger(new TriggerKey(sleutel.Name, Groep), ct) is { } bestaand
            && bestaand.StartTimeUtc == t.Op && await scheduler.GetJobDetail(sleutel, ct) is { } bestaandeJob
            && bestaandeJob.JobDataMap.GetString(TermijnJob.Deadline) == t.Deadline.ToString("yyyy-MM-dd");
    }

    private static IJobDetail Job(Timer t) => JobBuilder.Create<TermijnJob>()
        .WithIdentity(Sleutel(t.Soort, t.TaakId))
        .UsingJobData(TermijnJob.TaakId, t.TaakId)
        .UsingJobData(TermijnJob.Soort, t.Soort)
        .UsingJobData(TermijnJob.Deadline, t.Deadline.ToString("yyyy-MM-dd"))
        .Build();

    private ITrigger Trigger(Timer t)
    {
        // A moment that has passed (planned again after downtime, or a deadline moved back) fires at once; left in the
        // past it would wait for Quartz's misfire round, up to a minute later.
        var nu = klok.GetUtcNow();
        return TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(Sleutel(t.Soort, t.TaakId).Name, Groep))
            .StartAt(t.Op > nu ? t.Op : nu)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }
}

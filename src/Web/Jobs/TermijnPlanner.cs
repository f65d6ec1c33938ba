using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Keeps one reminder and one escalation trigger per open watched task (the definition's <c>termijnbewaking</c>: the
/// advice tasks of the collegevoorstel) in Quartz's persistent store, keyed by the task id. A transition queues its
/// timer changes in its own save (<see cref="Noteer"/>) and <see cref="Termijnrij"/> applies them after the commit; the
/// job itself checks that the task is still open and the deadline unchanged, so a timer that is out of date does no
/// harm, and <see cref="TermijnHerplanning"/> repairs the set on every start.
/// </summary>
public sealed class TermijnPlanner(ISchedulerFactory schedulers, IOptions<MailOptions> mail, IOptions<JobsOptions> jobs,
    TimeProvider klok, WorkflowRegister workflows, IServiceScopeFactory scopes)
{
    public const string Groep = "termijnen";
    public const string Herinnering = "herinnering";
    public const string Escalatie = "escalatie";

    /// <summary>
    /// Queues the timer changes of a change in its own unit of work, before it is saved: closed tasks lose their timers,
    /// new and moved ones get them. The rows commit (or roll back) with the transition; <see cref="Termijnrij"/> applies
    /// them to Quartz after the commit, so a request never waits for the job store's lock. A task the change opened
    /// has only the tracker's temporary key: its rows take that, and the save puts the real id in both.
    /// </summary>
    /// <returns>How many rows were queued.</returns>
    public int Noteer(BesluitvormingDbContext db, Domeingebeurtenissen gebeurtenissen, WorkflowDefinitie definitie)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var aantal = 0;
        foreach (var (taak, bewaakt) in gebeurtenissen.Gesloten.Select(t => (t, false))
                     .Concat(gebeurtenissen.Geopend.Concat(gebeurtenissen.Verzet).Select(t => (t, IsBewaakt(definitie, t)))))
        {
            var timers = new List<Timer>();
            Bepaal(taak, bewaakt, timers);
            var nieuw = db.Entry(taak) is { State: EntityState.Added } e ? (int?)e.Property(t => t.Id).CurrentValue : null;
            foreach (var t in timers)
            {
                var opdracht = t.Op is { } op ? Termijnopdracht.Plan(taak.Id, t.Soort, t.Deadline!.Value, op, nu) : Termijnopdracht.Verwijder(taak.Id, t.Soort, nu);
                var rij = db.Termijnopdrachten.Add(opdracht);
                if (nieuw is { } tijdelijk) rij.Property(o => o.TaakId).CurrentValue = tijdelijk;
                aantal++;
            }
        }
        return aantal;
    }

    /// <summary>
    /// Applies queued rows (in id order) to Quartz: per timer only its last row counts, then all removals go in one call
    /// and all new triggers in one more (each call is one job-store transaction, which on a clustered store waits for
    /// the TRIGGER_ACCESS lock row). Safe to repeat: a trigger is replaced, a missing job is not an error.
    /// </summary>
    public Task PasToeAsync(IEnumerable<Termijnopdracht> opdrachten, CancellationToken ct = default) =>
        ToepassenAsync(opdrachten.OrderBy(o => o.Id).Select(o => new Timer(o.Soort, o.TaakId, o.Deadline,
            o.Op is { } op ? new DateTimeOffset(DateTime.SpecifyKind(op, DateTimeKind.Utc)) : null)), ct);

    /// <summary>One timer a task should (Op set) or should not (Op null) have: its kind, deadline and moment (before clamping to now).</summary>
    private readonly record struct Timer(string Soort, int TaakId, DateOnly? Deadline, DateTimeOffset? Op);

    /// <summary>The timers this task should and should not have go to <paramref name="timers"/>.</summary>
    private void Bepaal(Taak taak, bool bewaakt, List<Timer> timers)
    {
        if (!bewaakt || !taak.IsOpen || taak.Deadline is not { } deadline)
        {
            timers.Add(new Timer(Herinnering, taak.Id, null, null));
            timers.Add(new Timer(Escalatie, taak.Id, null, null));
            return;
        }
        var herinnering = HerinneringOp(deadline);
        timers.Add(herinnering > new DateTimeOffset(DateTime.SpecifyKind(taak.AangemaaktOp, DateTimeKind.Utc))
            ? new Timer(Herinnering, taak.Id, deadline, herinnering)
            : new Timer(Herinnering, taak.Id, null, null));
        timers.Add(new Timer(Escalatie, taak.Id, deadline, EscalatieOp(deadline)));
    }

    /// <summary>At most one Quartz call for the removals and one for the new triggers (Replace: a moved timer overwrites); a later timer of the same key wins.</summary>
    private async Task ToepassenAsync(IEnumerable<Timer> timers, CancellationToken ct)
    {
        var laatste = new Dictionary<JobKey, Timer>();
        foreach (var t in timers) laatste[Sleutel(t.Soort, t.TaakId)] = t;
        var verwijder = laatste.Where(p => p.Value.Op is null).Select(p => p.Key).ToList();
        var plan = laatste.Values.Where(t => t.Op is not null).ToList();
        if (verwijder.Count == 0 && plan.Count == 0) return;
        var scheduler = await schedulers.GetScheduler(ct);
        if (verwijder.Count > 0) await scheduler.DeleteJobs(verwijder, ct);
        if (plan.Count > 0)
            await scheduler.ScheduleJobs(plan.ToDictionary(t => Job(t), t => (IReadOnlyCollection<ITrigger>)[Trigger(t)]),
                new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>Whether the definition watches this task's deadline.</summary>
    public static bool IsBewaakt(WorkflowDefinitie definitie, Taak taak) =>
        definitie.TaakDefinitie(taak.Status, taak.Soort)?.Termijnbewaking == true;

    /// <summary>Schedules (or moves) the timers of this task, after looking up whether its proposal's definition watches it.</summary>
    public async Task PlanAsync(Taak taak, bool behoudGelijke, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
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
        var timers = new List<Timer>();
        Bepaal(taak, bewaakt, timers);
        if (behoudGelijke)
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var nieuw = new List<Timer>();
            foreach (var t in timers)
                if (t.Op is null || !await IsGelijkAsync(scheduler, t, ct)) nieuw.Add(t);
            timers = nieuw;
        }
        await ToepassenAsync(timers, ct);
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

    private static async Task<bool> IsGelijkAsync(IScheduler scheduler, Timer t, CancellationToken ct)
    {
        var sleutel = Sleutel(t.Soort, t.TaakId);
        return await scheduler.GetTrigger(new TriggerKey(sleutel.Name, Groep), ct) is { } bestaand
            && bestaand.StartTimeUtc == t.Op && await scheduler.GetJobDetail(sleutel, ct) is { } bestaandeJob
            && bestaandeJob.JobDataMap.GetString(TermijnJob.Deadline) == t.Deadline?.ToString("yyyy-MM-dd");
    }

    private static IJobDetail Job(Timer t) => JobBuilder.Create<TermijnJob>()
        .WithIdentity(Sleutel(t.Soort, t.TaakId))
        .UsingJobData(TermijnJob.TaakId, t.TaakId)
        .UsingJobData(TermijnJob.Soort, t.Soort)
        .UsingJobData(TermijnJob.Deadline, t.Deadline!.Value.ToString("yyyy-MM-dd"))
        .Build();

    private ITrigger Trigger(Timer t)
    {
        // A moment that has passed (planned again after downtime, or a deadline moved back) fires at once; left in the
        // past it would wait for Quartz's misfire round, up to a minute later.
        var nu = klok.GetUtcNow();
        return TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(Sleutel(t.Soort, t.TaakId).Name, Groep))
            .StartAt(t.Op!.Value > nu ? t.Op.Value : nu)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }
}

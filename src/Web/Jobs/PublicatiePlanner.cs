using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Keeps one durable publication timer per decision whose openbaarheid is uitgesteld, keyed by the proposal id, for the
/// first day after the embargo date at <see cref="JobsOptions.Tijdstip"/>. Planned after the decision committed, from
/// its <see cref="PublicatieGepland"/> event; the job asks the proposal again, so an early or repeated firing publishes
/// nothing before its day, and <see cref="PublicatieHerplanning"/> repairs the set on every start.
/// </summary>
public sealed class PublicatiePlanner(ISchedulerFactory schedulers, IOptions<JobsOptions> jobs, TimeProvider klok,
    ILogger<PublicatiePlanner> log)
{
    public const string Groep = "publicaties";

    /// <summary>Follows the domain events of a committed change: a postponed publication gets its timer, a published one loses it.</summary>
    public async Task NaOvergangAsync(Voorstel v, Domeingebeurtenissen gebeurtenissen, CancellationToken ct = default)
    {
        try
        {
            if (gebeurtenissen.Publicatiedag is not null) await VerwijderAsync(v.Id, ct);
            else if (gebeurtenissen.Publicatie is { } gepland) await PlanAsync(v.Id, gepland.Op, behoudGelijke: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Publicatietimer voor voorstel {Id} niet gepland; de herplanning bij de volgende start herstelt dit", v.Id);
        }
    }

    /// <summary>The day at the configured local time; a moment that has passed fires at once.</summary>
    public DateTimeOffset Moment(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(jobs.Value.Tijdstip, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(lokaal, klok.LocalTimeZone), TimeSpan.Zero);
    }

    public static JobKey Sleutel(int voorstelId) => new($"publicatie-{voorstelId}", Groep);

    public async Task PlanAsync(int voorstelId, DateOnly dag, bool behoudGelijke, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var sleutel = Sleutel(voorstelId);
        var triggerSleutel = new TriggerKey(sleutel.Name, Groep);
        var op = Moment(dag);
        var nu = klok.GetUtcNow();
        var start = op > nu ? op : nu;
        if (behoudGelijke && await scheduler.GetTrigger(triggerSleutel, ct) is { } bestaand && (bestaand.StartTimeUtc == op || op <= nu))
            return;
        var job = JobBuilder.Create<PublicatieJob>()
            .WithIdentity(sleutel)
            .UsingJobData(PublicatieJob.VoorstelId, voorstelId)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerSleutel)
            .StartAt(start)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    public async Task VerwijderAsync(int voorstelId, CancellationToken ct = default) =>
        await (await schedulers.GetScheduler(ct)).DeleteJob(Sleutel(voorstelId), ct);
}

using Quartz;

namespace Besluitvorming.Web.Productie;

/// <summary>Records, for every timer that fires, how late it fired (<see cref="Metingen"/>).</summary>
public sealed class Timervertragingsmeter : IJobListener
{
    public string Name => nameof(Timervertragingsmeter);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken ct = default)
    {
        if (context.ScheduledFireTimeUtc is { } gepland)
            Metingen.MeetTimervertraging(context.JobDetail.Key.Group, context.FireTimeUtc - gepland);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken ct = default) =>
        ValueTask.CompletedTask;
}

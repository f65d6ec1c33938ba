using Quartz;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// A Quartz job listener in every test app: it records each finished job run, so a test waits for the run it expects
/// (a real completion signal) instead of sleeping, and then knows that what the job wrote is there.
/// </summary>
public sealed class Jobuitvoeringen : IJobListener
{
    private readonly Lock _slot = new();
    private readonly List<(JobKey Sleutel, JobExecutionException? Fout)> _klaar = [];
    private readonly List<(JobKey Sleutel, int Aantal, TaskCompletionSource Signaal)> _wachtenden = [];

    public string Name => nameof(Jobuitvoeringen);

    /// <summary>How many runs of this job have finished so far.</summary>
    public int Aantal(JobKey sleutel)
    {
        lock (_slot) return _klaar.Count(k => k.Sleutel.Equals(sleutel));
    }

    /// <summary>
    /// Completes once the job has finished <paramref name="aantal"/> runs in this app (counting those already done); a
    /// run that threw fails the wait. The timeout is only a safety net against a hang.
    /// </summary>
    public async Task WachtOpAsync(JobKey sleutel, int aantal = 1, int seconden = 90)
    {
        TaskCompletionSource signaal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_slot)
        {
            if (_klaar.Count(k => k.Sleutel.Equals(sleutel)) >= aantal) signaal.SetResult();
            else _wachtenden.Add((sleutel, aantal, signaal));
        }
        try
        {
            await signaal.Task.WaitAsync(TimeSpan.FromSeconds(seconden));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Job {sleutel} liep geen {aantal}x binnen {seconden} s (wel: {Aantal(sleutel)}x).");
        }
        lock (_slot)
        {
            if (_klaar.FirstOrDefault(k => k.Sleutel.Equals(sleutel) && k.Fout is not null).Fout is { } fout)
                throw new InvalidOperationException($"Job {sleutel} faalde", fout);
        }
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken ct = default)
    {
        lock (_slot)
        {
            _klaar.Add((context.JobDetail.Key, jobException));
            var aantal = _klaar.Count(k => k.Sleutel.Equals(context.JobDetail.Key));
            foreach (var w in _wachtenden.Where(w => w.Sleutel.Equals(context.JobDetail.Key) && w.Aantal <= aantal).ToList())
            {
                w.Signaal.TrySetResult();
                _wachtenden.Remove(w);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;
}

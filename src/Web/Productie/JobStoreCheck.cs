using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Besluitvorming.Web.Productie;

/// <summary>The Quartz scheduler runs and its job store (the QRTZ_ tables in the app's database) answers.</summary>
public sealed class JobStoreCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    private static readonly JobKey Peiling = new("gezondheid", "productie");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var status = await scheduler.GetStatus(ct);
        if (status != SchedulerStatus.Running)
            return new(context.Registration.FailureStatus, $"De timerplanner (Quartz) draait niet: {status}.");
        // One read from the job store (a key that never exists): fails when its tables cannot be reached.
        await scheduler.GetJobDetail(Peiling, ct);
        return HealthCheckResult.Healthy("De timerplanner draait.", new Dictionary<string, object>
        {
            ["scheduler"] = scheduler.SchedulerName,
        });
    }
}

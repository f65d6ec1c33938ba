using Besluitvorming.Web.Voorstellen;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Publishes one decision whose embargo has passed. Publishes nothing when the proposal is gone, already published or
/// not yet public (then it plans itself again for the right day).
/// </summary>
public sealed class PublicatieJob(IServiceScopeFactory scopes, ILogger<PublicatieJob> log) : IJob
{
    public const string VoorstelId = "voorstelId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var voorstelId = context.MergedJobDataMap.GetInt(VoorstelId);
        using var scope = scopes.CreateScope();
        var gepubliceerd = await scope.ServiceProvider.GetRequiredService<VoorstelDienst>().PubliceerAsync(voorstelId, ct);
        log.LogInformation(gepubliceerd ? "Besluit van voorstel {Id} gepubliceerd" : "Voorstel {Id}: niets te publiceren", voorstelId);
    }
}

using Besluitvorming.Web.Api;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Removes the API's tokens and consents that no longer hold (expired, redeemed, revoked, or of a revoked consent) once
/// they are older than Api:OpruimenNa: OpenIddict keeps every token it issues, and a client that refreshes every hour
/// leaves thousands of rows a year. A valid token, and a permanent consent still in force, stay.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TokenOpruimJob(IServiceScopeFactory scopes, TimeProvider klok, IOptions<ApiOptions> opties,
    ILogger<TokenOpruimJob> log) : IJob
{
    public static readonly JobKey Sleutel = new("tokens-opruimen", "onderhoud");

    /// <summary>Daily at 03:45 local time; a run missed while the app was down is not made up (the next one does it).</summary>
    public static void Plan(IQuartzBuilder q) =>
        q.ScheduleJob<TokenOpruimJob>(
            t => t.WithIdentity("tokens-opruimen", "onderhoud")
                .WithCronSchedule("0 45 3 * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
            j => j.WithIdentity(Sleutel));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RuimOpAsync(ct);

    /// <summary>Returns how many tokens and how many consents were removed.</summary>
    public async Task<(long Tokens, long Autorisaties)> RuimOpAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var grens = klok.GetUtcNow() - opties.Value.OpruimenNa;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(grens, ct);
        var autorisaties = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(grens, ct);
        if (tokens + autorisaties > 0)
            log.LogInformation("{Tokens} API-token(s) en {Autorisaties} toestemming(en) van voor {Grens:u} opgeruimd", tokens, autorisaties, grens);
        return (tokens, autorisaties);
    }
}

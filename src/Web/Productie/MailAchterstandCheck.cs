using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Productie;

/// <summary>The outbox: how many mails wait to be sent and how old the oldest is, against <see cref="GezondheidOptions"/>.</summary>
public sealed class MailAchterstandCheck(IServiceScopeFactory scopes, TimeProvider klok, IOptions<GezondheidOptions> opties) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var (aantal, leeftijd) = await MeetAsync(scopes, klok, ct);
        var grens = opties.Value;
        var gegevens = new Dictionary<string, object>
        {
            ["achterstand"] = aantal,
            ["oudsteSeconden"] = (long)leeftijd.TotalSeconds,
            ["maxAchterstand"] = grens.MaxMailAchterstand,
            ["maxLeeftijdSeconden"] = (long)grens.MaxMailLeeftijd.TotalSeconds,
        };
        if (aantal > grens.MaxMailAchterstand)
            return new(context.Registration.FailureStatus, $"{aantal} mails wachten op verzending (grens {grens.MaxMailAchterstand}).", data: gegevens);
        if (leeftijd > grens.MaxMailLeeftijd)
            return new(context.Registration.FailureStatus, $"De oudste wachtende mail wacht al {leeftijd:d\\.hh\\:mm\\:ss} (grens {grens.MaxMailLeeftijd}).", data: gegevens);
        return HealthCheckResult.Healthy($"{aantal} mails wachten op verzending.", gegevens);
    }

    /// <summary>Unsent mails (waiting for a first or next attempt) and the age of the oldest; also read by the metrics.</summary>
    public static async Task<(int Aantal, TimeSpan Oudste)> MeetAsync(IServiceScopeFactory scopes, TimeProvider klok, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var stand = await db.UitgaandeMails.Where(m => m.Status == MailStatus.Wachtend)
            .GroupBy(_ => 1).Select(g => new { Aantal = g.Count(), Oudste = g.Min(m => m.AangemaaktOp) })
            .SingleOrDefaultAsync(ct);
        if (stand is null) return (0, TimeSpan.Zero);
        var leeftijd = klok.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(stand.Oudste, DateTimeKind.Utc);
        return (stand.Aantal, leeftijd < TimeSpan.Zero ? TimeSpan.Zero : leeftijd);
    }
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Trajecten;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// A reminder (to the owner, with a fresh personal link) or escalation (to the projectleider) for one traject step
/// visit. Does nothing when the step has closed or its deadline moved since it was scheduled; writes its mail at most
/// once per step and deadline (the outbox key is unique).
/// </summary>
public sealed class StapTermijnJob(IServiceScopeFactory scopes, MailSignaal signaal, ILogger<StapTermijnJob> log) : IJob
{
    public const string StapId = "stapId";
    public const string Soort = "soort";
    public const string Deadline = "deadline";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var data = context.MergedJobDataMap;
        return new ValueTask(VoerUitAsync(data.GetInt(StapId), data.GetString(Soort) ?? "", data.GetString(Deadline), ct));
    }

    /// <summary>The job's work for one step; true when it wrote a mail.</summary>
    public async Task<bool> VoerUitAsync(int stapId, string soort, string? deadline, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<TrajectDienst>();
        var mail = sp.GetRequiredService<TrajectMail>();

        var trajectId = await db.TrajectStappen.Where(s => s.Id == stapId).Select(s => (int?)s.TrajectId).SingleOrDefaultAsync(ct);
        var traject = trajectId is null ? null : await dienst.LaadAsync(trajectId.Value, ct);
        var stap = traject?.Stappen.SingleOrDefault(s => s.Id == stapId);
        if (traject is null || stap is null || !stap.IsOpen || stap.VoorstelId is not null || stap.Deadline?.ToString("yyyy-MM-dd") != deadline)
        {
            log.LogInformation("Termijn {Soort} voor trajectstap {Stap} vervalt: stap gesloten of termijn gewijzigd", soort, stapId);
            return false;
        }
        var definitie = await dienst.DefinitieAsync(traject, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var geschreven = soort == TermijnPlanner.Herinnering
            ? await mail.HerinneringAsync(traject, definitie, stap, ct)
            : await mail.EscalatieAsync(traject, definitie, stap, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (geschreven) signaal.Wek();
        return geschreven;
    }
}

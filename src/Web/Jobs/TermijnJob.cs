using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// A reminder or escalation for one advice task. Does nothing when the task has closed or its deadline moved
/// since it was scheduled; writes its mail at most once per task and deadline (the outbox key is unique).
/// </summary>
public sealed class TermijnJob(IServiceScopeFactory scopes, MailSignaal signaal, ILogger<TermijnJob> log) : IJob
{
    public const string TaakId = "taakId";
    public const string Soort = "soort";
    public const string Deadline = "deadline";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var data = context.MergedJobDataMap;
        var taakId = data.GetInt(TaakId);
        var soort = data.GetString(Soort);
        var deadline = data.GetString(Deadline);


        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<VoorstelDienst>();
        var opsteller = sp.GetRequiredService<MailOpsteller>();

        var voorstelId = await db.Taken.Where(t => t.Id == taakId).Select(t => (int?)t.VoorstelId).SingleOrDefaultAsync(ct);
        if (voorstelId is null) return;
        var voorstel = await dienst.LaadAsync(voorstelId.Value, ct);
        var taak = voorstel?.Taken.SingleOrDefault(t => t.Id == taakId);
        if (voorstel is null || taak is null || !taak.IsOpen || taak.Deadline?.ToString("yyyy-MM-dd") != deadline)
        {
            log.LogInformation("Termijn {Soort} voor taak {Taak} vervalt: taak gesloten of termijn gewijzigd", soort, taakId);
            return;
        }
        var ctx = await dienst.ContextAsync(voorstel, Actor.Systeem, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var geschreven = soort == TermijnPlanner.Herinnering
            ? await opsteller.HerinneringAsync(voorstel, taak, ctx, ct)
            : await opsteller.EscalatieAsync(voorstel, taak, ctx, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (geschreven) signaal.Wek();
    }
}

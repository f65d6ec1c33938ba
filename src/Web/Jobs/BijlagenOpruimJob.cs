using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Removes uploads that no proposal (nor traject step, as evidence) refers to once they are older than
/// Bijlagen:OpruimenNa: files from a form that came back with errors and was never saved, and files of attachments the steller removed. An attachment keeps its file for
/// as long as it exists (the aggregate keeps no history of removed attachments; the timeline names them only). The
/// check and the delete are one statement, and the foreign key from Bijlagen refuses the delete of a file in use.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BijlagenOpruimJob(IServiceScopeFactory scopes, TimeProvider klok, IOptions<BijlageOptions> opties,
    ILogger<BijlagenOpruimJob> log) : IJob
{
    public static readonly JobKey Sleutel = new("bijlagen-opruimen", "onderhoud");

    /// <summary>Daily at 03:15 local time; a run missed while the app was down is not made up (the next one does it).</summary>
    public static void Plan(IQuartzBuilder q) =>
        q.ScheduleJob<BijlagenOpruimJob>(
            t => t.WithIdentity("bijlagen-opruimen", "onderhoud")
                .WithCronSchedule("0 15 3 * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
            j => j.WithIdentity(Sleutel));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RuimOpAsync(ct);

    /// <summary>Returns how many files were removed.</summary>
    public async Task<int> RuimOpAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var grens = klok.GetUtcNow().UtcDateTime - opties.Value.OpruimenNa;
        var verwijderd = await db.Bestanden
            .Where(b => b.GeuploadOp < grens && !db.Bijlagen.Any(x => x.BestandId == b.Id)
                        // A traject step's evidence has no foreign key to stop the delete, so it is excluded here.
                        && !db.TrajectStappen.SelectMany(s => s.Bewijs).Any(x => x.BestandId == b.Id))
            .ExecuteDeleteAsync(ct);
        if (verwijderd > 0) log.LogInformation("{Aantal} niet gebruikte upload(s) van voor {Grens:u} opgeruimd", verwijderd, grens);
        return verwijderd;
    }
}

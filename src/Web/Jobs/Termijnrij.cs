using Besluitvorming.Web.Data;
using Besluitvorming.Web.Productie;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Jobs;

/// <summary>
/// Applies the timer queue (<see cref="Termijnopdracht"/>) to Quartz, outside any request: woken by
/// <see cref="TermijnSignaal"/> right after a commit that queued rows, and every <see cref="JobsOptions.TermijnrijInterval"/>
/// for rows another instance left behind (a crash, kill -9 between its commit and its round). A batch is applied in id
/// order and then deleted; a failure leaves the rows for the next round, so a timer change is never lost, only late.
/// The background loop can be switched off (<see cref="JobsOptions.TermijnrijOpAchtergrond"/>); whoever switches it off
/// drives <see cref="VerwerkAsync"/>.
/// </summary>
public sealed class Termijnrij(IServiceScopeFactory scopes, TermijnPlanner planner, TermijnSignaal signaal, IOptions<JobsOptions> opties,
    Termijnrijmetingen metingen, ILogger<Termijnrij> log) : BackgroundService
{
    /// <summary>Rows applied together: one DeleteJobs and one ScheduleJobs call to Quartz.</summary>
    public const int Batch = 200;

    /// <summary>One round at a time in this instance: a test that drains the queue waits for a round that is under way.</summary>
    private readonly SemaphoreSlim _ronde = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!opties.Value.TermijnrijOpAchtergrond) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await VerwerkAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                metingen.TelFout();
                log.LogError(e, "Termijnwachtrij niet toegepast; de volgende ronde probeert het opnieuw");
            }
            try
            {
                await signaal.WachtAsync(opties.Value.TermijnrijInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Applies batches until one is not full; returns how many rows were applied. A row committed during the last batch
    /// has woken the signal, so the background loop comes back for it at once; a test calling this after its request
    /// committed finds that row in the batch.
    /// </summary>
    public async Task<int> VerwerkAsync(CancellationToken ct = default)
    {
        await _ronde.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var totaal = 0;
            while (true)
            {
                var aantal = await RondeAsync(db, ct);
                totaal += aantal;
                if (aantal < Batch) return totaal;
            }
        }
        finally
        {
            _ronde.Release();
        }
    }

    /// <summary>
    /// One batch. On a server database the rows are locked (FOR UPDATE, deliberately without SKIP LOCKED) from the read
    /// until their deletion commits, so a second instance waits for this round instead of applying later rows of the
    /// same timer first; a crash rolls the lock back and leaves the rows to the next round anywhere. SQLite has one
    /// instance per file and its transaction would hold the write lock Quartz needs: there the rows are deleted after
    /// they were applied, and applied again after a crash in between (repeating is harmless).
    /// </summary>
    private async Task<int> RondeAsync(BesluitvormingDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = db.Database.IsSqlite() ? null : await db.Database.BeginTransactionAsync(ct);
        var rijen = await Kop(db).AsNoTracking().ToListAsync(ct);
        if (rijen.Count == 0) return 0;
        await planner.PasToeAsync(rijen, ct);
        var ids = rijen.Select(r => r.Id).ToList();
        await db.Termijnopdrachten.Where(o => ids.Contains(o.Id)).ExecuteDeleteAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return rijen.Count;
    }

    private static IQueryable<Termijnopdracht> Kop(BesluitvormingDbContext db) =>
        // The context's own type, not IsNpgsql()/IsSqlServer(): those live in the providers' assemblies, which a SQLite
        // installation then loads for nothing (issue 12, P4).
        db is PostgresBesluitvormingDbContext
            ? db.Termijnopdrachten.FromSqlRaw($"SELECT * FROM \"Termijnopdrachten\" ORDER BY \"Id\" LIMIT {Batch} FOR UPDATE")
            : db is SqlServerBesluitvormingDbContext
                ? db.Termijnopdrachten.FromSqlRaw($"SELECT TOP ({Batch}) * FROM [Termijnopdrachten] WITH (UPDLOCK, ROWLOCK) ORDER BY [Id]")
                : db.Termijnopdrachten.OrderBy(o => o.Id).Take(Batch);
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// Tells <see cref="Overzichtcache"/> that a save changed what it keeps, once that save has committed (a copy loaded
/// between the save and the commit would still show the old state); on PostgreSQL it also sends a NOTIFY in the save's
/// transaction for the other instances. What changes it: a project, an afdeling or a workflow definition saved (their
/// entries' changes detected one by one, no other entry's), and a proposal whose domain events move the count per
/// project: still pending on a tracked proposal at the save (an edit, an import, a deletion), or taken before it by a
/// service that reports them with <see cref="Meld"/> (a submission).
/// </summary>
public sealed class Overzichtbewaking(Overzichtcache lijsten, IOptions<DatabaseOptions> database) : SaveChangesInterceptor
{
    /// <summary>The PostgreSQL channel the instances LISTEN on.</summary>
    public const string Kanaal = "besluitvorming_overzicht";

    // Static: a context is one unit of work of one host, so its mark cannot reach another host's cache.
    private static readonly ConditionalWeakTable<DbContext, object> _gewijzigd = new();
    private readonly ConditionalWeakTable<DbContext, object> _naCommit = new();
    private static readonly object Ja = new();

    /// <summary>The unit of work of <paramref name="db"/> carries <paramref name="gebeurtenissen"/>, taken from their proposal before its save.</summary>
    public static void Meld(DbContext db, Domeingebeurtenissen gebeurtenissen)
    {
        if (gebeurtenissen.WijzigtProjecttotalen) _gewijzigd.AddOrUpdate(db, Ja);
    }

    /// <summary>Completes the invalidation of a save made inside an explicit transaction, when that transaction commits.</summary>
    public DbTransactionInterceptor Transacties => _commits ??= new Commits(this);

    private Commits? _commits;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Noteer(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Noteer(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Opgeslagen(eventData.Context) is { } context && database.Value.IsPostgreSql)
            context.Database.ExecuteSqlRaw("SELECT pg_notify({0}, '')", Kanaal);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Opgeslagen(eventData.Context) is { } context && database.Value.IsPostgreSql)
            await context.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, '')", [Kanaal], cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } c) _gewijzigd.Remove(c);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Noteer(DbContext? context)
    {
        if (context is null) return;
        var tracker = context.ChangeTracker;
        var automatisch = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var e in tracker.Entries())
            {
                if (e.Entity is Voorstel v && v.BekijkDomeingebeurtenissen().WijzigtProjecttotalen)
                {
                    _gewijzigd.AddOrUpdate(context, Ja);
                    return;
                }
                if (e.Entity is not (Project or Afdeling or WorkflowDefinitieRecord)) continue;
                e.DetectChanges();
                if (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                {
                    _gewijzigd.AddOrUpdate(context, Ja);
                    return;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatisch;
        }
    }

    /// <summary>The context when its save changed the lists: invalidated now, or at the commit of its transaction.</summary>
    private DbContext? Opgeslagen(DbContext? context)
    {
        if (context is null || !_gewijzigd.TryGetValue(context, out _)) return null;
        _gewijzigd.Remove(context);
        if (context.Database.CurrentTransaction is null) lijsten.Vervallen();
        else _naCommit.AddOrUpdate(context, Ja);
        return context;
    }

    private void Afgerond(DbContext? context, bool gecommit)
    {
        if (context is null || !_naCommit.TryGetValue(context, out _)) return;
        _naCommit.Remove(context);
        if (gecommit) lijsten.Vervallen();
    }

    private sealed class Commits(Overzichtbewaking bewaking) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
            bewaking.Afgerond(eventData.Context, gecommit: true);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            bewaking.Afgerond(eventData.Context, gecommit: true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
            bewaking.Afgerond(eventData.Context, gecommit: false);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            bewaking.Afgerond(eventData.Context, gecommit: false);
            return Task.CompletedTask;
        }
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// Tells <see cref="Overzichtcache"/> that a save changed what it keeps, once that save has committed (a copy loaded
/// between the save and the commit would still show the old state); on PostgreSQL it also sends a NOTIFY in the save's
/// transaction for the other instances. What changes it: a project, an afdeling or a workflow definition saved (their
/// entries' changes detected one by one, no other entry's), and a proposal whose domain events move the count per
/// project: still pending on a tracked proposal at the save (an edit, an import, a deletion), or taken before it by a
/// service that reports them with <see cref="Meld"/> (a submission).
/// The same way it tells <see cref="Sessiecache"/> which accounts' sessions a save ended or changed: an account saved
/// (Identity saves it for a logout's new security stamp, a login, a lockout; an account made inactive or removed), its
/// roles, advice aspects or deputies; a role itself saved stands for every account. The NOTIFY's payload names the account
/// (<see cref="Sessiecache.Voorvoegsel"/>); the overview's is empty.
/// </summary>
public sealed class Overzichtbewaking(Overzichtcache lijsten, Sessiecache sessies, IOptions<DatabaseOptions> database) : SaveChangesInterceptor
{
    /// <summary>The PostgreSQL channel the instances LISTEN on.</summary>
    public const string Kanaal = "besluitvorming_overzicht";

    /// <summary>What one save changed: the overview's kept lists, and the accounts whose kept sessions it ends.</summary>
    private sealed class Wijziging
    {
        public bool Overzicht;
        public readonly HashSet<string> Sessies = new(StringComparer.Ordinal);
        public bool Iets => Overzicht || Sessies.Count > 0;
    }

    // Static: a context is one unit of work of one host, so its mark cannot reach another host's cache.
    private static readonly ConditionalWeakTable<DbContext, Wijziging> _gewijzigd = new();
    private readonly ConditionalWeakTable<DbContext, Wijziging> _naCommit = new();
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _eigen = new();

    /// <summary>The unit of work of <paramref name="db"/> carries <paramref name="gebeurtenissen"/>, taken from their proposal before its save.</summary>
    public static void Meld(DbContext db, Domeingebeurtenissen gebeurtenissen)
    {
        if (gebeurtenissen.WijzigtProjecttotalen) _gewijzigd.GetOrCreateValue(db).Overzicht = true;
    }

    /// <summary>Completes the invalidation of a save made inside an explicit transaction, when that transaction commits.</summary>
    public DbTransactionInterceptor Transacties => _commits ??= new Commits(this);

    private Commits? _commits;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Noteer(eventData.Context) is { } context) _eigen.AddOrUpdate(context, context.Database.BeginTransaction());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Noteer(eventData.Context) is { } context) _eigen.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken));
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Opgeslagen(eventData.Context) is var (context, w) && database.Value.IsPostgreSql)
            context.Database.ExecuteSqlRaw("SELECT pg_notify({0}, p) FROM unnest({1}) AS p", Kanaal, Berichten(w));
        if (eventData.Context is { } c && _eigen.TryGetValue(c, out var eigen))
        {
            _eigen.Remove(c);
            using (eigen) eigen.Commit();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Opgeslagen(eventData.Context) is var (context, w) && database.Value.IsPostgreSql)
            await context.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, p) FROM unnest({1}) AS p", [Kanaal, Berichten(w)], cancellationToken);
        if (eventData.Context is { } c && _eigen.TryGetValue(c, out var eigen))
        {
            _eigen.Remove(c);
            await using (eigen) await eigen.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>The NOTIFY payloads of a change, sent in one statement (see <see cref="Overzichtluisteraar"/>).</summary>
    private static string[] Berichten(Wijziging w) =>
        (w.Overzicht ? [""] : Array.Empty<string>()).Concat(w.Sessies.Select(id => Sessiecache.Voorvoegsel + id)).ToArray();

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not { } c) return;
        _gewijzigd.Remove(c);
        if (!_eigen.TryGetValue(c, out var eigen)) return;
        _eigen.Remove(c);
        using (eigen) eigen.Rollback();
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } c) return;
        _gewijzigd.Remove(c);
        if (!_eigen.TryGetValue(c, out var eigen)) return;
        _eigen.Remove(c);
        await using (eigen) await eigen.RollbackAsync(cancellationToken);
    }

    /// <summary>
    /// Notes what the save changes. Returns the context when the save ends sessions on PostgreSQL outside a transaction:
    /// it then gets one of its own, so the NOTIFY commits with the change (a crash between a commit and a NOTIFY of its own
    /// would leave the other instances a revoked session for up to <see cref="Sessiecache.Levensduur"/>).
    /// </summary>
    private DbContext? Noteer(DbContext? context)
    {
        if (context is null) return null;
        var tracker = context.ChangeTracker;
        var automatisch = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        Wijziging? w = null;
        try
        {
            foreach (var e in tracker.Entries())
            {
                switch (e.Entity)
                {
                    case Voorstel v:
                        if (v.BekijkDomeingebeurtenissen().WijzigtProjecttotalen) (w ??= _gewijzigd.GetOrCreateValue(context)).Overzicht = true;
                        continue;
                    case Project or Afdeling or WorkflowDefinitieRecord:
                        if (w?.Overzicht == true || !Gewijzigd(e)) continue;
                        (w ??= _gewijzigd.GetOrCreateValue(context)).Overzicht = true;
                        continue;
                    case Gebruiker or IdentityUserRole<string> or AdviseurAspect or Plaatsvervanging or IdentityRole:
                        if (!Gewijzigd(e)) continue;
                        var sessies = (w ??= _gewijzigd.GetOrCreateValue(context)).Sessies;
                        foreach (var id in Rekeningen(e)) sessies.Add(id);
                        continue;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatisch;
        }
        return w is { Sessies.Count: > 0 } && database.Value.IsPostgreSql && context.Database.CurrentTransaction is null ? context : null;
    }

    private static bool Gewijzigd(EntityEntry e)
    {
        e.DetectChanges();
        return e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
    }

    /// <summary>The accounts whose actor or session the changed entry is part of (before and after a change of key).</summary>
    private static IEnumerable<string> Rekeningen(EntityEntry e)
    {
        var eigenschap = e.Entity switch
        {
            Gebruiker => nameof(Gebruiker.Id),
            IdentityUserRole<string> => nameof(IdentityUserRole<string>.UserId),
            AdviseurAspect => nameof(AdviseurAspect.GebruikerId),
            Plaatsvervanging => nameof(Plaatsvervanging.PlaatsvervangerId),
            _ => null,
        };
        if (eigenschap is null)
        {
            yield return Sessiecache.Iedereen;
            yield break;
        }
        var p = e.Property(eigenschap);
        if (p.CurrentValue is string nu) yield return nu;
        if (e.State != EntityState.Added && p.OriginalValue is string was && was != p.CurrentValue as string) yield return was;
    }

    /// <summary>The context and its change when its save changed something kept: invalidated now, or at the commit of its transaction.</summary>
    private (DbContext, Wijziging)? Opgeslagen(DbContext? context)
    {
        if (context is null || !_gewijzigd.TryGetValue(context, out var w)) return null;
        _gewijzigd.Remove(context);
        if (!w.Iets) return null;
        if (context.Database.CurrentTransaction is null) Vervallen(w);
        else if (_naCommit.TryGetValue(context, out var eerder))
        {
            eerder.Overzicht |= w.Overzicht;
            eerder.Sessies.UnionWith(w.Sessies);
        }
        else _naCommit.AddOrUpdate(context, w);
        return (context, w);
    }

    private void Vervallen(Wijziging w)
    {
        if (w.Overzicht) lijsten.Vervallen();
        foreach (var id in w.Sessies) sessies.Vervallen(id);
    }

    private void Afgerond(DbContext? context, bool gecommit)
    {
        if (context is null || !_naCommit.TryGetValue(context, out var w)) return;
        _naCommit.Remove(context);
        if (gecommit) Vervallen(w);
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

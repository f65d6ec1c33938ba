using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// What the overview reads on every request but rarely changes, kept between requests (issue 12, P2):
/// - the filter lists (projects, afdelingen) and the newest collegevoorstel version (its gates give the status filter and
///   the route order): three statements of the six a page sent; they change with the seeds at start or a new workflow
///   version from Beheer;
/// - the number of proposals per project without a filter (the totals' count; the late ones are counted per request,
///   they change with the date and every task): counting every row grew with the table (on PostgreSQL the first page
///   2.04x from 2,000 to 20,000 proposals). It changes only with the domain events that say so
///   (<see cref="Besluitvorming.Workflows.Voorstellen.Domeingebeurtenissen.WijzigtProjecttotalen"/>).
/// A change invalidates both (<see cref="Overzichtbewaking"/>): in this instance once the save that made it has committed
/// (a copy loaded in between would still show the old state); on PostgreSQL in every instance on the same database, by
/// a NOTIFY sent in the save's own transaction, which PostgreSQL delivers at commit to each instance's LISTEN
/// (<see cref="Overzichtluisteraar"/>); an instance that does not listen (starting, connection lost) keeps no copy.
/// SQLite serves one instance. On SQL Server (no NOTIFY) a copy lives at most <see cref="Levensduur"/>, the backstop
/// everywhere. A copy carries the change count read before it was loaded, so a change committed while it loaded makes
/// it stale at once.
/// </summary>
public sealed class Overzichtcache(WorkflowRegister workflows, TimeProvider klok, IOptions<DatabaseOptions> database)
{
    public static readonly TimeSpan Levensduur = TimeSpan.FromSeconds(30);

    public sealed record Keuze(int Id, string Naam);

    public sealed record Lijsten(IReadOnlyList<Keuze> Projecten, IReadOnlyList<Keuze> Afdelingen, WorkflowDefinitie Definitie);

    /// <summary>Proposals with a registratienummer per project (null: without project).</summary>
    public sealed record Projectaantal(int? ProjectId, int Aantal);

    private long _stand;
    private volatile bool _luistert;
    private readonly Vak<Lijsten> _lijsten = new();
    private readonly Vak<IReadOnlyList<Projectaantal>> _aantallen = new();

    /// <summary>How many changes this instance has been told of; a copy taken at another count is stale.</summary>
    public long Stand => Interlocked.Read(ref _stand);

    /// <summary>A change to what is kept has committed (here or, by NOTIFY, in another instance).</summary>
    public void Vervallen()
    {
        Interlocked.Increment(ref _stand);
        _lijsten.Leeg();
        _aantallen.Leeg();
        StandGewijzigd?.Invoke();
    }

    /// <summary>Raised after each invalidation (a NOTIFY from another instance arrives on the listener's thread).</summary>
    public event Action? StandGewijzigd;

    /// <summary>PostgreSQL: whether this instance hears the other instances' changes now (set by the listener).</summary>
    public bool Luistert
    {
        get => _luistert;
        internal set
        {
            _luistert = value;
            Vervallen();
        }
    }

    /// <summary>True where a kept copy is exact for this instance (see the class comment).</summary>
    private TimeProvider Klok => klok;

    private bool MagBewaren => !database.Value.IsPostgreSql || _luistert;

    public Task<Lijsten> HaalAsync(BesluitvormingDbContext db, CancellationToken ct = default) => _lijsten.HaalAsync(this, async () =>
    {
        var projecten = await db.Projecten.AsNoTracking().OrderBy(p => p.Naam).Select(p => new Keuze(p.Id, p.Naam)).ToListAsync(ct);
        var afdelingen = await db.Afdelingen.AsNoTracking().OrderBy(a => a.Naam).Select(a => new Keuze(a.Id, a.Naam)).ToListAsync(ct);
        var naam = Besluitvorming.Web.Voorstellen.VoorstelDienst.Workflow;
        var versie = await db.WorkflowDefinities.Where(w => w.Naam == naam).MaxAsync(w => (int?)w.Versie, ct)
            ?? throw new InvalidOperationException($"Er is geen workflow '{naam}' geregistreerd.");
        return new Lijsten(projecten, afdelingen, await workflows.VersieAsync(naam, versie, ct));
    });

    /// <summary>The count per project of every proposal in the overview (the list without a filter).</summary>
    public Task<IReadOnlyList<Projectaantal>> AantallenAsync(BesluitvormingDbContext db, CancellationToken ct = default) =>
        _aantallen.HaalAsync(this, async () => (IReadOnlyList<Projectaantal>)await db.Voorstellen.AsNoTracking()
            .Where(v => v.Registratienummer != null).GroupBy(v => v.ProjectId)
            .Select(g => new Projectaantal(g.Key, g.Count())).ToListAsync(ct));

    private sealed class Vak<T> where T : class
    {
        private sealed record Kopie(T Waarde, long Stand, DateTimeOffset Tot);

        private volatile Kopie? _kopie;

        public void Leeg() => _kopie = null;

        public async Task<T> HaalAsync(Overzichtcache cache, Func<Task<T>> laad)
        {
            var nu = cache.Klok.GetUtcNow();
            if (_kopie is { } k && k.Stand == cache.Stand && k.Tot > nu) return k.Waarde;
            var stand = cache.Stand;
            var waarde = await laad();
            if (cache.MagBewaren && stand == cache.Stand) _kopie = new Kopie(waarde, stand, nu + Levensduur);
            return waarde;
        }
    }
}

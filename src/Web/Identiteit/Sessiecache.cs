using System.Collections.Concurrent;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Identiteit;

/// <summary>
/// The session check of every signed-in request without a statement in the common case (issue 12, P2): per instance,
/// per account, its current security stamp and actor as last read, so a request whose cookie carries that stamp needs
/// no read. Revocation stays immediate: every save that ends or changes an account's sessions (a logout changes the
/// stamp; an account made inactive, removed, given other roles, aspects or deputies; a new SSO login) drops that
/// account's copy once the save has committed, in this instance and, by a NOTIFY in the save's own transaction, in
/// every other instance on the same PostgreSQL database (<see cref="Pages.Overzicht.Overzichtbewaking"/> and
/// <see cref="Pages.Overzicht.Overzichtluisteraar"/>, the mechanism of the overview's kept lists). A PostgreSQL instance
/// that does not listen (starting, connection lost) keeps nothing; SQLite serves one instance; SQL Server has no NOTIFY,
/// so there every request reads the account as before. A copy lives at most <see cref="Levensduur"/>, the bound for a
/// change made outside the app (SQL typed by an operator). A cookie with another stamp than the copy's is read from
/// the database, never refused or accepted on the copy's word.
/// </summary>
public sealed class Sessiecache(TimeProvider klok, IOptions<DatabaseOptions> database)
{
    public static readonly TimeSpan Levensduur = TimeSpan.FromSeconds(10);

    /// <summary>The NOTIFY payload (prefix + account id, or <see cref="Iedereen"/>) that drops a copy in every instance.</summary>
    public const string Voorvoegsel = "sessie:";

    /// <summary>Stands for every account (a role renamed or removed).</summary>
    public const string Iedereen = "*";

    private sealed record Kopie(Actor Actor, string Stempel, DateTimeOffset Tot);

    private readonly ConcurrentDictionary<string, Kopie> _kopieen = new(StringComparer.Ordinal);
    private long _stand;
    private volatile bool _luistert;

    /// <summary>How many invalidations this instance has had; a copy read at another count may be stale.</summary>
    public long Stand => Interlocked.Read(ref _stand);

    /// <summary>Raised after each invalidation (a NOTIFY from another instance arrives on the listener's thread).</summary>
    public event Action? StandGewijzigd;

    /// <summary>PostgreSQL: whether this instance hears the other instances' changes now (set by the listener).</summary>
    public bool Luistert
    {
        get => _luistert;
        internal set
        {
            _luistert = value;
            Vervallen(Iedereen);
        }
    }

    private bool MagBewaren => database.Value.IsSqlite || (database.Value.IsPostgreSql && _luistert);

    /// <summary>The kept actor of the account when the copy is fresh and carries <paramref name="stempel"/>; otherwise null.</summary>
    public Actor? Geldig(string gebruikerId, string stempel) =>
        _kopieen.TryGetValue(gebruikerId, out var k) && k.Tot > klok.GetUtcNow() && string.Equals(k.Stempel, stempel, StringComparison.Ordinal)
            ? k.Actor
            : null;

    /// <summary>Keeps what was read for the account, unless an invalidation came after <paramref name="standVooraf"/>.</summary>
    public void Bewaar(string gebruikerId, Actor actor, string stempel, long standVooraf)
    {
        if (!MagBewaren || Stand != standVooraf) return;
        var kopie = new Kopie(actor, stempel, klok.GetUtcNow() + Levensduur);
        _kopieen[gebruikerId] = kopie;
        // An invalidation between the check above and the write counts first and removes after: seen here, or it removes this copy.
        if (Stand != standVooraf) _kopieen.TryRemove(KeyValuePair.Create(gebruikerId, kopie));
    }

    /// <summary>A change to the account's sessions has committed (here or, by NOTIFY, in another instance).</summary>
    public void Vervallen(string gebruikerId)
    {
        Interlocked.Increment(ref _stand);
        if (gebruikerId == Iedereen) _kopieen.Clear();
        else _kopieen.TryRemove(gebruikerId, out _);
        StandGewijzigd?.Invoke();
    }
}

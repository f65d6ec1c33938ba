using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Data;

/// <summary>
/// The app's SQLite connection (EF Core's and Quartz's, see <see cref="SqliteBron"/>): set up as
/// <see cref="SqliteVerbindingen"/> says when it opens, and a writer at its file's <see cref="Schrijfpoort"/>.
/// <para>
/// The gate is taken by the connection, at the first statement that writes while it holds none: <c>BEGIN</c> (EF Core's
/// and Quartz's transactions, which Microsoft.Data.Sqlite opens as <c>BEGIN IMMEDIATE</c>: the write lock at once), or an
/// autocommitted <c>INSERT</c>/<c>UPDATE</c>/<c>DELETE</c>/DDL (ExecuteUpdate, ExecuteDelete, the outbox's marks). It is
/// given back after the statement that leaves the connection in autocommit mode again (<c>COMMIT</c>,
/// <c>ROLLBACK</c>, a rollback by SQLite itself, the autocommitted statement's end), or when the connection closes.
/// While held, everything on the same connection passes (SaveChanges inside an explicit transaction, savepoints,
/// ExecuteDelete in a transaction): the gate is reentrant per connection, so a nested write never waits for itself.
/// </para>
/// <para>
/// It is held exactly while SQLite's own write lock is (or is about to be) held by this connection, so it adds no wait
/// that SQLite did not already impose: code that writes through a second connection while the first holds a write
/// transaction waited for SQLite's lock until busy_timeout before, and waits here as long (the command timeout) and then
/// fails the same way, with SQLITE_BUSY ("database is locked").
/// </para>
/// <para>
/// A connection of the <see cref="SqliteVerbindingpool"/> (<see cref="Blijvend"/>) stays open across requests and keeps
/// each statement it ran prepared, one command per statement text: a command EF Core creates hands its text, parameters
/// and transaction to that kept command, which binds the new values to the statement prepared the first time. A kept
/// command whose reader is still open is not shared: the statement then runs through the new command, as before.
/// </para>
/// </summary>
public class Schrijfverbinding(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Statement texts kept prepared per connection; when full, the idle ones are finalised and it starts over.</summary>
    internal const int MaxVoorbereid = 128;

    private static readonly string[] Schrijfwoorden =
        ["BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "SAVEPOINT", "VACUUM", "REINDEX", "ANALYZE"];

    private Schrijfpoort? _poort;
    private bool _poortBepaald;
    private int _diepte;

    private Dictionary<string, Voorbereid>? _voorbereid;

    /// <summary>Kept open by the <see cref="SqliteVerbindingpool"/>: its statements stay prepared.</summary>
    internal bool Blijvend { get; init; }

    /// <summary>
    /// Fit for the next request: open, in autocommit mode with no transaction, not holding the gate, and no statement of
    /// it running (an unfinished read would hold its snapshot of the database into the next request): the readers of
    /// its commands are all closed.
    /// </summary>
    internal bool IsSchoon
    {
        get
        {
            if (State != ConnectionState.Open || HoudtPoort || _diepte != 0 || Transaction is not null) return false;
            if (Handle is not { } handle || SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0) return false;
            if (_voorbereid is not null)
                foreach (var v in _voorbereid.Values)
                    if (v.Bezig) return false;
            foreach (var lezer in _losseLezers)
                if (!lezer.IsClosed) return false;
            _losseLezers.Clear();
            return true;
        }
    }

    /// <summary>The kept commands, one per statement text (tests).</summary>
    internal IReadOnlyCollection<SqliteCommand> BewaardeOpdrachten =>
        _voorbereid?.Values.Select(v => v.Opdracht).ToList() ?? [];

    /// <summary>Readers of a kept connection's statements that ran through their own command (kept one busy).</summary>
    private readonly List<SqliteDataReader> _losseLezers = [];

    private SqliteDataReader Los(SqliteDataReader lezer)
    {
        if (!Blijvend) return lezer;
        _losseLezers.RemoveAll(l => l.IsClosed);
        _losseLezers.Add(lezer);
        return lezer;
    }

    /// <summary>True while this connection holds its file's gate.</summary>
    public bool HoudtPoort { get; private set; }

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString
    {
        get => base.ConnectionString;
        set
        {
            base.ConnectionString = value;
            _poortBepaald = false;
        }
    }

    private Schrijfpoort? Poort
    {
        get
        {
            if (!_poortBepaald) (_poort, _poortBepaald) = (Schrijfpoort.Voor(ConnectionString), true);
            return _poort;
        }
    }

    public override void Open()
    {
        base.Open();
        SqliteVerbindingen.Stel(this);
    }

    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        await base.OpenAsync(cancellationToken);
        SqliteVerbindingen.Stel(this);
    }

    public override void Close()
    {
        // An open transaction is rolled back by the close, through this connection's own commands, which gives the gate
        // back; a connection closed while an autocommitted statement's reader was still open gives it back here.
        base.Close();
        // Closing finalised every statement.
        if (_voorbereid is { } voorbereid)
        {
            foreach (var v in voorbereid.Values) v.Opdracht.Dispose();
            voorbereid.Clear();
        }
        // Closed, nothing of this connection can hold SQLite's lock any more.
        _diepte = 0;
        GeefVrijAlsKlaar();
    }

    /// <summary>EF Core begins its transactions here: the wait for the gate does not hold a thread.</summary>
    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel,
        CancellationToken cancellationToken)
    {
        await BetreedAsync("BEGIN", DefaultTimeout, cancellationToken);
        try
        {
            return BeginDbTransaction(isolationLevel);
        }
        finally
        {
            Verlaat();
        }
    }

    public override SqliteCommand CreateCommand() =>
        new Opdracht { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

    /// <summary>
    /// The kept command for <paramref name="opdracht"/>'s text, given its parameters, transaction and timeout; null when
    /// the statement is to run through <paramref name="opdracht"/> itself (not a kept connection, or the kept command's
    /// reader still open).
    /// </summary>
    private Voorbereid? Voorbereide(SqliteCommand opdracht)
    {
        if (!Blijvend || State != ConnectionState.Open || opdracht.CommandType != CommandType.Text
            || opdracht.CommandText is not { Length: > 0 } tekst) return null;
        _voorbereid ??= new(StringComparer.Ordinal);
        if (_voorbereid.TryGetValue(tekst, out var voorbereid))
        {
            if (voorbereid.Bezig) return null;
        }
        else
        {
            if (_voorbereid.Count >= MaxVoorbereid) RuimOp(_voorbereid);
            voorbereid = new Voorbereid(new SqliteCommand(tekst, this));
            _voorbereid[tekst] = voorbereid;
        }
        var bewaard = voorbereid.Opdracht;
        bewaard.Transaction = opdracht.Transaction;
        bewaard.CommandTimeout = opdracht.CommandTimeout;
        bewaard.Parameters.Clear();
        foreach (SqliteParameter parameter in opdracht.Parameters) bewaard.Parameters.Add(parameter);
        return voorbereid;
    }

    private static void RuimOp(Dictionary<string, Voorbereid> voorbereid)
    {
        foreach (var (tekst, v) in voorbereid)
        {
            if (v.Bezig) continue;
            v.Opdracht.Dispose();
            voorbereid.Remove(tekst);
        }
    }

    /// <summary>A statement text's kept command, and the reader it last gave out.</summary>
    private sealed class Voorbereid(SqliteCommand opdracht)
    {
        public SqliteCommand Opdracht { get; } = opdracht;
        private SqliteDataReader? _lezer;

        public bool Bezig => _lezer is { IsClosed: false };

        public SqliteDataReader Lees(CommandBehavior behavior) => _lezer = Opdracht.ExecuteReader(behavior);
    }

    private void Betreed(string? tekst, int timeoutSeconden)
    {
        if (_diepte == 0 && !HoudtPoort && Poort is { } poort && IsSchrijvend(tekst))
        {
            if (!poort.Neem(Wachttijd(timeoutSeconden))) throw Bezet(timeoutSeconden);
            HoudtPoort = true;
        }
        _diepte++;
    }

    private async ValueTask BetreedAsync(string? tekst, int timeoutSeconden, CancellationToken ct)
    {
        if (_diepte == 0 && !HoudtPoort && Poort is { } poort && IsSchrijvend(tekst))
        {
            if (!await poort.NeemAsync(Wachttijd(timeoutSeconden), ct)) throw Bezet(timeoutSeconden);
            HoudtPoort = true;
        }
        _diepte++;
    }

    private void Verlaat()
    {
        _diepte--;
        GeefVrijAlsKlaar();
    }

    /// <summary>Back in autocommit mode (or closed) with no statement of this connection running: the write is over.</summary>
    private void GeefVrijAlsKlaar()
    {
        if (!HoudtPoort || _diepte > 0) return;
        if (Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0) return;
        HoudtPoort = false;
        _poort!.GeefVrij();
    }

    private static TimeSpan Wachttijd(int seconden) => seconden <= 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconden);

    /// <summary>What SQLite says when busy_timeout runs out, so callers see the failure they always saw.</summary>
    private static SqliteException Bezet(int seconden) =>
        new($"SQLite Error 5: 'database is locked' (no turn to write within {seconden} s).", 5, 5);

    /// <summary>Whether a command's first statement writes (leading comments skipped, as EF Core's tags are).</summary>
    internal static bool IsSchrijvend(string? tekst)
    {
        var rest = tekst.AsSpan();
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.StartsWith("--"))
            {
                var eind = rest.IndexOf('\n');
                if (eind < 0) return false;
                rest = rest[(eind + 1)..];
            }
            else if (rest.StartsWith("/*"))
            {
                var eind = rest.IndexOf("*/");
                if (eind < 0) return false;
                rest = rest[(eind + 2)..];
            }
            else break;
        }
        var lengte = 0;
        while (lengte < rest.Length && char.IsAsciiLetter(rest[lengte])) lengte++;
        var woord = rest[..lengte];
        foreach (var schrijfwoord in Schrijfwoorden)
            if (woord.Equals(schrijfwoord, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Every way to run a command comes here: Microsoft.Data.Sqlite runs them synchronously underneath (its async
    /// methods too), so the asynchronous ones only wait for the gate asynchronously and then run the synchronous one.
    /// </summary>
    private sealed class Opdracht : SqliteCommand
    {
        private T Voer<T>(Func<T> uitvoeren)
        {
            if (Connection is not Schrijfverbinding verbinding) return uitvoeren();
            verbinding.Betreed(CommandText, CommandTimeout);
            try
            {
                return uitvoeren();
            }
            finally
            {
                verbinding.Verlaat();
            }
        }

        private async Task<T> VoerAsync<T>(Func<T> uitvoeren, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            if (Connection is not Schrijfverbinding verbinding) return uitvoeren();
            await verbinding.BetreedAsync(CommandText, CommandTimeout, ct);
            try
            {
                return uitvoeren();
            }
            finally
            {
                verbinding.Verlaat();
            }
        }

        private Voorbereid? Bewaard => (Connection as Schrijfverbinding)?.Voorbereide(this);

        private SqliteDataReader Lees(CommandBehavior behavior) =>
            Bewaard is { } bewaard ? bewaard.Lees(behavior)
                : Connection is Schrijfverbinding verbinding ? verbinding.Los(base.ExecuteReader(behavior)) : base.ExecuteReader(behavior);

        private int Schrijf() => Bewaard is { } bewaard ? bewaard.Opdracht.ExecuteNonQuery() : base.ExecuteNonQuery();

        private object? Scalair() => Bewaard is { } bewaard ? bewaard.Opdracht.ExecuteScalar() : base.ExecuteScalar();

        public override SqliteDataReader ExecuteReader(CommandBehavior behavior) => Voer(() => Lees(behavior));

        public override int ExecuteNonQuery() => Voer(Schrijf);

        public override object? ExecuteScalar() => Voer(Scalair);

        public override Task<SqliteDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
            VoerAsync(() => Lees(behavior), cancellationToken);

        public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
            VoerAsync(Schrijf, cancellationToken);

        public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
            VoerAsync(Scalair, cancellationToken);
    }
}

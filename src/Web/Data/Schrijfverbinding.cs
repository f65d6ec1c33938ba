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
/// </summary>
public class Schrijfverbinding(string connectionString) : SqliteConnection(connectionString)
{
    private static readonly string[] Schrijfwoorden =
        ["BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "SAVEPOINT", "VACUUM", "REINDEX", "ANALYZE"];

    private Schrijfpoort? _poort;
    private bool _poortBepaald;
    private int _diepte;

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

        public override SqliteDataReader ExecuteReader(CommandBehavior behavior) => Voer(() => base.ExecuteReader(behavior));

        public override int ExecuteNonQuery() => Voer(base.ExecuteNonQuery);

        public override object? ExecuteScalar() => Voer(base.ExecuteScalar);

        public override Task<SqliteDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
            VoerAsync(() => base.ExecuteReader(behavior), cancellationToken);

        public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
            VoerAsync(base.ExecuteNonQuery, cancellationToken);

        public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
            VoerAsync(base.ExecuteScalar, cancellationToken);
    }
}

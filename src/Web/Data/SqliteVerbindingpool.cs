using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// The SQLite contexts' connections, kept open from one request to the next so that the statements each one prepared
/// stay prepared (<see cref="Schrijfverbinding"/>'s statement cache): Microsoft.Data.Sqlite finalises a connection's
/// statements when it closes, and EF Core runs every statement through a new command, so before this every statement of
/// every request was prepared anew (~12% of an advice POST's CPU, issue 12, P1).
/// <para>
/// A connection comes back only clean: open, in autocommit mode (no transaction, nothing rolled back half), not holding
/// its file's <see cref="Schrijfpoort"/>, no statement running and no reader of it open. Anything else is closed, which
/// rolls back what it still held and gives the gate back, so no request ever inherits another's transaction or lock.
/// At most <see cref="Bewaard"/> wait idle (the app's concurrency on 2 cores); the pool closes them with the app.
/// </para>
/// </summary>
internal sealed class SqliteVerbindingpool(string verbindingstekst) : IDisposable
{
    internal const int Bewaard = 16;

    private readonly ConcurrentQueue<Schrijfverbinding> _vrij = new();
    private int _aantalVrij;
    private volatile bool _gesloten;

    /// <summary>An open connection of the app's SQLite file, with the statements it prepared before.</summary>
    public Schrijfverbinding Neem()
    {
        while (_vrij.TryDequeue(out var verbinding))
        {
            Interlocked.Decrement(ref _aantalVrij);
            if (verbinding.State == System.Data.ConnectionState.Open) return verbinding;
            verbinding.Dispose();
        }
        var nieuw = new Schrijfverbinding(verbindingstekst) { Blijvend = true };
        RegistreerEfFuncties(nieuw);
        nieuw.Open();
        return nieuw;
    }

    /// <summary>
    /// EF Core's SQLite functions (regexp, the decimal ones, EF_DECIMAL), registered by EF Core itself, once: a context
    /// given the connection registers them on it, and on a closed connection they take effect when it opens. The app's
    /// contexts get the connection without registering them again, which would expire its prepared statements.
    /// </summary>
    private static void RegistreerEfFuncties(Schrijfverbinding verbinding)
    {
        using var db = new DbContext(
            new DbContextOptionsBuilder().UseSqlite(verbinding).Options);
        _ = db.Database.GetDbConnection();
    }

    /// <summary>Back to the pool when clean, closed otherwise.</summary>
    public void GeefTerug(Schrijfverbinding verbinding)
    {
        if (_gesloten || !verbinding.IsSchoon)
        {
            verbinding.Dispose();
            return;
        }
        if (Interlocked.Increment(ref _aantalVrij) > Bewaard)
        {
            Interlocked.Decrement(ref _aantalVrij);
            verbinding.Dispose();
            return;
        }
        _vrij.Enqueue(verbinding);
        // Closed meanwhile: Dispose may have emptied the queue before this enqueue.
        if (_gesloten) Leeg();
    }

    private void Leeg()
    {
        while (_vrij.TryDequeue(out var verbinding))
        {
            Interlocked.Decrement(ref _aantalVrij);
            verbinding.Dispose();
        }
    }

    public void Dispose()
    {
        _gesloten = true;
        Leeg();
    }

    /// <summary>A request's (a DI scope's) connection: rented when its SQLite context is built, returned after it is disposed.</summary>
    public sealed class Gebruik(SqliteVerbindingpool pool) : IDisposable
    {
        private Schrijfverbinding? _verbinding;

        public Schrijfverbinding Verbinding => _verbinding ??= pool.Neem();

        public void Dispose()
        {
            if (_verbinding is { } verbinding) pool.GeefTerug(verbinding);
            _verbinding = null;
        }
    }
}

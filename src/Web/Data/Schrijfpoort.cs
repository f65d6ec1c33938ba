using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Data;

/// <summary>
/// One SQLite file's writers, served one after the other in the order they came (issue 12, P1). SQLite lets one
/// connection write at a time; a writer that finds the file locked sleeps in SQLite's busy handler (1, 2, 5, 10 ... up
/// to 100 ms a step) and tries again, so under eight concurrent advisors a transaction of a millisecond made others
/// wait tens of milliseconds, in no particular order. Every write transaction of the process (EF Core, Quartz's job
/// store, the outbox's marks) takes this gate before <c>BEGIN IMMEDIATE</c> and gives it back after
/// <c>COMMIT</c>/<c>ROLLBACK</c> (see <see cref="Schrijfverbinding"/>): the next writer is woken the moment the lock is
/// free. The gate is handed to the longest waiter directly (no barging). Another process on the same file still meets
/// busy_timeout, as before.
/// </summary>
public sealed class Schrijfpoort
{
    private static readonly ConcurrentDictionary<string, Schrijfpoort> Poorten = new(StringComparer.Ordinal);

    private readonly Lock _slot = new();
    private readonly LinkedList<TaskCompletionSource> _rij = new();
    private bool _bezet;

    /// <summary>The gate of the database a connection string names; none for a private in-memory database.</summary>
    public static Schrijfpoort? Voor(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var bron = builder.DataSource;
        if (string.IsNullOrEmpty(bron) || bron == ":memory:" && builder.Mode != SqliteOpenMode.Memory) return null;
        var sleutel = builder.Mode == SqliteOpenMode.Memory ? "memory:" + bron : Path.GetFullPath(bron);
        return Poorten.GetOrAdd(sleutel, _ => new Schrijfpoort());
    }

    /// <summary>Writers waiting now (not the one holding the gate).</summary>
    public int Wachtenden
    {
        get
        {
            lock (_slot) return _rij.Count;
        }
    }

    /// <summary>Raised (outside the gate's lock) with the number waiting whenever a writer joins the queue; tests use
    /// it to force an interleaving without sleeping.</summary>
    internal event Action<int>? Aangesloten;

    /// <summary>Takes the gate, waiting at most <paramref name="wacht"/>; false when that ran out.</summary>
    public async Task<bool> NeemAsync(TimeSpan wacht, CancellationToken ct)
    {
        if (SluitAan() is not { } plek) return true;
        try
        {
            await plek.Value.Task.WaitAsync(wacht, ct);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            if (VerlaatRij(plek))
            {
                if (e is TimeoutException) return false;
                throw;
            }
            // Handed the gate as the wait ran out: a timeout keeps it, a cancellation passes it on.
            if (e is TimeoutException) return true;
            GeefVrij();
            throw;
        }
    }

    /// <summary>The same for synchronous callers (Quartz's job store, a synchronous SaveChanges).</summary>
    public bool Neem(TimeSpan wacht)
    {
        if (SluitAan() is not { } plek) return true;
        return plek.Value.Task.Wait(wacht) || !VerlaatRij(plek);
    }

    /// <summary>Hands the gate to the longest waiter, or opens it.</summary>
    public void GeefVrij()
    {
        TaskCompletionSource volgende;
        lock (_slot)
        {
            if (_rij.First is not { } eerste)
            {
                _bezet = false;
                return;
            }
            _rij.RemoveFirst();
            volgende = eerste.Value;
        }
        volgende.SetResult();
    }

    /// <summary>Null when the gate was free and is now taken; otherwise this writer's place in the queue.</summary>
    private LinkedListNode<TaskCompletionSource>? SluitAan()
    {
        LinkedListNode<TaskCompletionSource> plek;
        int wachtenden;
        lock (_slot)
        {
            if (!_bezet)
            {
                _bezet = true;
                return null;
            }
            plek = _rij.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            wachtenden = _rij.Count;
        }
        Aangesloten?.Invoke(wachtenden);
        return plek;
    }

    /// <summary>True when the writer left the queue still waiting; false when it had just been handed the gate.</summary>
    private bool VerlaatRij(LinkedListNode<TaskCompletionSource> plek)
    {
        lock (_slot)
        {
            if (plek.List is null) return false;
            _rij.Remove(plek);
            return true;
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Data;

/// <summary>
/// How the app's SQLite connections behave under concurrent writers, set when a connection opens (the settings hold
/// per connection, except the journal mode, which the file keeps):
/// <list type="bullet">
/// <item>WAL: readers no longer block the writer nor the writer the readers; synchronous=NORMAL is safe in WAL (a power
/// cut may lose the last commits, never corrupt the file) and spares an fsync per commit.</item>
/// <item>busy_timeout: a writer that finds the file locked waits inside SQLite, which retries after 1, 2, 5, 10 ms and
/// so on. Without it Microsoft.Data.Sqlite retries itself after a fixed 150 ms sleep, and eight concurrent advisors
/// then wait in steps of 150 ms for locks held for a millisecond.</item>
/// </list>
/// Set once per SQLite connection handle: the pool hands the same handle out again with its settings still on it, and
/// EF Core opens and closes the connection around every query, so doing it on every open cost each request a few
/// statements (issue 12, P1). <see cref="Schrijfverbinding"/> (EF Core's and Quartz's connection) calls it on open.
/// </summary>
public static class SqliteVerbindingen
{
    public const int WachttijdMs = 30_000;

    private static readonly ConcurrentDictionary<string, bool> InWal = new();

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Ingesteld = new();
    private static readonly object Gezet = new();

    internal static void Stel(DbConnection verbinding)
    {
        var handle = (verbinding as SqliteConnection)?.Handle;
        if (handle is not null && Ingesteld.TryGetValue(handle, out _)) return;
        using var opdracht = verbinding.CreateCommand();
        // WAL needs a file; an in-memory database keeps its own journal. Once per file per process: the file keeps it.
        var wal = verbinding.DataSource is { Length: > 0 } bron && bron != ":memory:" && !InWal.ContainsKey(bron)
            ? "PRAGMA journal_mode = WAL; " : "";
        opdracht.CommandText = $"PRAGMA busy_timeout = {WachttijdMs}; PRAGMA synchronous = NORMAL; {wal}";
        opdracht.ExecuteNonQuery();
        if (wal.Length > 0) InWal[verbinding.DataSource] = true;
        if (handle is not null) Ingesteld.AddOrUpdate(handle, Gezet);
    }
}

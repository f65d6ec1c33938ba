using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
/// </summary>
public sealed class SqliteVerbindingen : DbConnectionInterceptor
{
    public const int WachttijdMs = 30_000;

    private static readonly ConcurrentDictionary<string, bool> InWal = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Stel(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stel(connection);
        return Task.CompletedTask;
    }

    internal static void Stel(DbConnection verbinding)
    {
        using var opdracht = verbinding.CreateCommand();
        // WAL needs a file; an in-memory database keeps its own journal. Once per file per process: the file keeps it.
        var wal = verbinding.DataSource is { Length: > 0 } bron && bron != ":memory:" && !InWal.ContainsKey(bron)
            ? "PRAGMA journal_mode = WAL; " : "";
        opdracht.CommandText = $"PRAGMA busy_timeout = {WachttijdMs}; PRAGMA synchronous = NORMAL; {wal}";
        opdracht.ExecuteNonQuery();
        if (wal.Length > 0) InWal[verbinding.DataSource] = true;
    }
}

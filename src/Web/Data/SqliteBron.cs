using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Data;

/// <summary>
/// SQLite connections for code outside EF Core (Quartz's job store) that behave as the app's own
/// (<see cref="SqliteVerbindingen"/>): busy_timeout instead of Microsoft.Data.Sqlite's 150 ms retry sleep, and
/// synchronous=NORMAL. A timer planned right after a transition then waits the millisecond another writer needs.
/// </summary>
public sealed class SqliteBron(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new Verbinding(connectionString);

    private sealed class Verbinding(string connectionString) : SqliteConnection(connectionString)
    {
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
    }
}

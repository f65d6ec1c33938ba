using System.Data.Common;

namespace Besluitvorming.Web.Data;

/// <summary>
/// SQLite connections for code outside EF Core (Quartz's job store) that behave as the app's own
/// (<see cref="SqliteVerbindingen"/>): busy_timeout instead of Microsoft.Data.Sqlite's 150 ms retry sleep, and
/// synchronous=NORMAL, and its write transactions queue at the file's <see cref="Schrijfpoort"/> with the app's own.
/// </summary>
public sealed class SqliteBron(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new Schrijfverbinding(connectionString);
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Data;

/// <summary>
/// EF Core's SQLite connection service with a <see cref="Schrijfverbinding"/> as its connection, so the SQLite contexts
/// can be pooled (issue 12, P1: options, internal services and a connection built per request). EF Core makes the
/// connection once per pooled context, when that context first needs it, keeps it with the context and closes it when
/// the context goes back to the pool (which rolls back a transaction left open and gives the file's gate back): each
/// context still has a connection of its own, never used by two requests at once.
/// </summary>
#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's internal API; CreateDbConnection is what a provider overrides.
public sealed class SqliteContextverbinding : SqliteRelationalConnection
{
    private readonly IRawSqlCommandBuilder _rawSqlCommandBuilder;
    private readonly IDiagnosticsLogger<DbLoggerCategory.Infrastructure> _logger;

    public SqliteContextverbinding(RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder,
        IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
        : base(dependencies, rawSqlCommandBuilder, logger)
    {
        _rawSqlCommandBuilder = rawSqlCommandBuilder;
        _logger = logger;
    }

    protected override DbConnection CreateDbConnection()
    {
        var verbinding = new Schrijfverbinding(GetValidatedConnectionString());
        // EF Core sets up a connection it is given in the options (its SQL functions: regexp, the ef_* decimal
        // functions; the command timeout) in a private method of this service's constructor: so, as its own
        // CreateReadOnlyConnection does, one more service over the same options with this connection in them.
        var opties = new DbContextOptionsBuilder((DbContextOptions)Dependencies.ContextOptions);
        ((IDbContextOptionsBuilderInfrastructure)opties).AddOrUpdateExtension(
            RelationalOptionsExtension.Extract(Dependencies.ContextOptions).WithConnection(verbinding, owned: false));
        _ = new SqliteRelationalConnection(Dependencies with { ContextOptions = opties.Options }, _rawSqlCommandBuilder, _logger);
        return verbinding;
    }
}
#pragma warning restore EF1001

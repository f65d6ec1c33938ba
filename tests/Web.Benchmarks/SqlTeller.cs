using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Counts every SQL command the app's DbContext prepares (EF Core initialises one per execution) for the request
/// <see cref="Verzoekmeter"/> is timing, and adds up how long each query took until its first rows were there (the
/// round trip to the database; reading the rows is not in it). A GET sends only queries.
/// </summary>
public sealed class SqlTeller : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Verzoekmeter.TelSql(result.CommandText);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Verzoekmeter.TelSqlTijd(eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Verzoekmeter.TelSqlTijd(eventData.Duration);
        return ValueTask.FromResult(result);
    }
}

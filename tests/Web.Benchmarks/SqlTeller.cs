using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Counts every SQL command the app's DbContext prepares (EF Core initialises one per execution) for the request
/// <see cref="Verzoekmeter"/> is timing, and adds up how long the queries ran until their last row was read (the
/// database's share of the server time; a GET sends only queries).
/// </summary>
public sealed class SqlTeller : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Verzoekmeter.TelSql(result.CommandText);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Verzoekmeter.TelSqlTijd(eventData.Duration);
        return result;
    }
}

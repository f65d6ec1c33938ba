using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Counts every SQL command the app's DbContext prepares (EF Core initialises one per execution) for the request
/// <see cref="Verzoekmeter"/> is timing. One hook instead of one per execution kind: the count is all that is needed.
/// </summary>
public sealed class SqlTeller : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Verzoekmeter.TelSql();
        return result;
    }
}

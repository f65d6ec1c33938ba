using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Data;

/// <summary>
/// PostgreSQL: a query tagged <see cref="Tag"/> (<c>TagWith</c>) is a prepared statement on the connection, so the
/// server parses it once per connection and, once its plan holds, stops planning it (issue 12, P2: planning was three
/// quarters of Mijn taken's server time). Npgsql prepares a text once per physical connection and afterwards only
/// finds it; the contexts' connections are not reset (<see cref="DatabaseExtensions.ZonderResetBijSluiten"/>), so the
/// statement stays between requests. Only for the read queries of the busiest pages (Mijn taken, the overview's totals and
/// its pages in the default order): with the filters a few dozen texts at most per connection.
/// </summary>
public sealed class Voorbereiding : DbCommandInterceptor
{
    public const string Tag = "voorbereid";

    public static readonly Voorbereiding Instantie = new();

    private const string Kop = "-- " + Tag;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (command.CommandText.StartsWith(Kop, StringComparison.Ordinal)) command.Prepare();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.StartsWith(Kop, StringComparison.Ordinal)) await command.PrepareAsync(cancellationToken);
        return result;
    }
}

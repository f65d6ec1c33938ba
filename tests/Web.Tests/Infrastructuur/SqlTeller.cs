using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// An EF Core interceptor in every test app that records the SQL commands one HTTP request sends: a test starts a
/// count for a request path with <see cref="Tel"/> and reads it when the request has returned. Commands outside that
/// request (other requests, the mail dispatcher, jobs) are not counted.
/// </summary>
public sealed class SqlTeller : DbCommandInterceptor
{
    private readonly HttpContextAccessor _http = new();
    private volatile Telling? _telling;

    /// <summary>The commands sent while a POST (or <paramref name="methode"/>) to <paramref name="pad"/> runs, from now until the next call.</summary>
    public Telling Tel(string pad, string methode = "POST") => _telling = new Telling(pad, methode);

    public sealed class Telling(string pad, string methode = "POST")
    {
        internal string Methode { get; } = methode;
        private readonly ConcurrentQueue<string> _commando = new();
        internal string Pad { get; } = pad;
        internal void Voeg(string sql) => _commando.Enqueue(sql);
        public IReadOnlyList<string> Commando => _commando.ToList();
        public int Aantal => _commando.Count;
    }

    private void Noteer(DbCommand command)
    {
        if (_telling is { } t && _http.HttpContext?.Request is { } r && string.Equals(r.Method, t.Methode, StringComparison.OrdinalIgnoreCase)
            && string.Equals(r.Path.Value, t.Pad, StringComparison.OrdinalIgnoreCase))
            t.Voeg(command.CommandText);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Noteer(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Noteer(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Noteer(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Noteer(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Noteer(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Noteer(command);
        return ValueTask.FromResult(result);
    }
}

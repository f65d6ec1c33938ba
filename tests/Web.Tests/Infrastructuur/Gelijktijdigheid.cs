using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// An EF Core interceptor in every test app that forces an interleaving instead of hoping for one: a test arms a
/// <see cref="Samenkomst"/> at a point (a request's transaction start, or a SQL command) and the first parties to
/// reach it wait for each other there, so all of them have read before any of them writes. Unarmed it does nothing.
/// </summary>
public sealed class Gelijktijdigheid : IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    private readonly HttpContextAccessor _http = new();
    private volatile Afspraak? _afspraak;

    private sealed record Afspraak(Samenkomst Samenkomst, bool BijTransactie, Func<string, bool>? Commando);

    /// <summary>
    /// The first <paramref name="aantal"/> HTTP POSTs meet where they start their first database transaction: each has
    /// loaded what it acts on, none has written. Background work (the mail dispatcher, jobs) is not held.
    /// </summary>
    public Samenkomst BijTransactie(int aantal) => Zet(new Afspraak(new Samenkomst(aantal), true, null));

    /// <summary>The first <paramref name="aantal"/> executions of a command whose SQL matches meet just before it runs.</summary>
    public Samenkomst BijCommando(int aantal, Func<string, bool> sql) => Zet(new Afspraak(new Samenkomst(aantal), false, sql));

    private Samenkomst Zet(Afspraak afspraak)
    {
        _afspraak = afspraak;
        return afspraak.Samenkomst;
    }

    private Task BijTransactieAsync(CancellationToken ct) =>
        _afspraak is { BijTransactie: true } a && HttpMethods.IsPost(_http.HttpContext?.Request.Method ?? "")
            ? a.Samenkomst.KomAanAsync(ct)
            : Task.CompletedTask;

    private Task BijCommandoAsync(DbCommand command, CancellationToken ct) =>
        _afspraak is { Commando: { } past } a && past(command.CommandText) ? a.Samenkomst.KomAanAsync(ct) : Task.CompletedTask;

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        await BijTransactieAsync(ct);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        BijTransactieAsync(CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        await BijCommandoAsync(command, ct);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        await BijCommandoAsync(command, ct);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken ct = default)
    {
        await BijCommandoAsync(command, ct);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        BijCommandoAsync(command, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        BijCommandoAsync(command, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        BijCommandoAsync(command, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        NoteerFout(eventData.Exception);
        return result;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken ct = default)
    {
        NoteerFout(eventData.Exception);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => NoteerFout(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        NoteerFout(eventData.Exception);
        return Task.CompletedTask;
    }

    // A lost optimistic-concurrency race arrives through ThrowingConcurrencyException, any other refused save
    // (a unique index) through SaveChangesFailed.
    private void NoteerFout(Exception fout)
    {
        if (_afspraak is not { Samenkomst: { Samen: true } samenkomst }) return;
        if (fout is DbUpdateConcurrencyException) samenkomst.NoteerConflict();
        else if (fout is DbUpdateException) samenkomst.NoteerBotsing();
    }
}

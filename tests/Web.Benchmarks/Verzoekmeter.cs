using System.Collections.Concurrent;
using System.Diagnostics;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Registered only by the benchmark host, in front of the app's whole pipeline: it times each request the benchmark
/// marks (header <see cref="Kop"/>) inside the server, from the first middleware until the response is written, and
/// counts the SQL commands sent meanwhile (<see cref="SqlTeller"/>). It also serves the baseline endpoint
/// <see cref="BasisPad"/>: one query through the app's DbContext, no page, no sign-in.
/// </summary>
public sealed class Verzoekmeter : IStartupFilter
{
    public const string Kop = "X-Meting";
    public const string BasisPad = "/_meting/basis";
    /// <summary>The baseline of a write: one INSERT and COMMIT per request through the app's DbContext (issue 12, P1).</summary>
    public const string SchrijfPad = "/_meting/schrijf";

    /// <summary>Creates the table <see cref="SchrijfPad"/> writes to (only in the benchmark's own database).</summary>
    public static async Task MaakSchrijfproefAsync(IServiceProvider diensten)
    {
        using var scope = diensten.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        await db.Database.ExecuteSqlRawAsync(db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? "CREATE TABLE IF NOT EXISTS \"Schrijfproef\" (\"Id\" serial PRIMARY KEY, \"Waarde\" text NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS \"Schrijfproef\" (\"Id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"Waarde\" TEXT NOT NULL)");
    }

    private static readonly AsyncLocal<Telling> Lopend = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Verzoekmeting>> _metingen = new();

    /// <summary>Header value that also keeps the text of every SQL command of that request (<see cref="Verzoekmeting.Commando"/>).</summary>
    public const string MetSql = "+sql";

    public sealed record Verzoekmeting(double ServerMs, int Sql, double SqlMs, IReadOnlyList<Commando> Commando);

    /// <summary>One SQL command of a request and how long it took to execute (null: not a query).</summary>
    public sealed record Commando(string Sql, double? Ms);

    private sealed class Telling(bool bewaar)
    {
        public int Sql;
        public long SqlTicks;
        // One DbContext sends one command at a time, so a command's time belongs to the last one started.
        public readonly List<Commando>? Commando = bewaar ? [] : null;
    }

    /// <summary>Called for every SQL command the app sends; counts it for the request it belongs to, if measured.</summary>
    public static void TelSql(string sql)
    {
        if (Lopend.Value is not { } t) return;
        Interlocked.Increment(ref t.Sql);
        lock (t) t.Commando?.Add(new Commando(sql, null));
    }

    /// <summary>Called when a query has executed (its reader is there), for the request measured.</summary>
    public static void TelSqlTijd(TimeSpan duur)
    {
        if (Lopend.Value is not { } t) return;
        Interlocked.Add(ref t.SqlTicks, duur.Ticks);
        lock (t)
            if (t.Commando is [.., var laatste]) t.Commando[^1] = laatste with { Ms = duur.TotalMilliseconds };
    }

    /// <summary>The measurement of a marked request; the middleware records it just after the response is written.</summary>
    public async Task<Verzoekmeting> NeemAsync(string id)
    {
        var meting = await Plek(id).Task.WaitAsync(TimeSpan.FromSeconds(30));
        _metingen.TryRemove(id, out _);
        return meting;
    }

    private TaskCompletionSource<Verzoekmeting> Plek(string id) =>
        _metingen.GetOrAdd(id, _ => new TaskCompletionSource<Verzoekmeting>(TaskCreationOptions.RunContinuationsAsynchronously));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, volgende) =>
        {
            if (!context.Request.Headers.TryGetValue(Kop, out var id))
            {
                await volgende(context);
                return;
            }
            var teller = new Telling(id.ToString().EndsWith(MetSql, StringComparison.Ordinal));
            Lopend.Value = teller;
            var start = Stopwatch.GetTimestamp();
            try
            {
                await volgende(context);
                await context.Response.CompleteAsync();
            }
            finally
            {
                Lopend.Value = null!;
                Plek(id.ToString()).TrySetResult(new Verzoekmeting(Stopwatch.GetElapsedTime(start).TotalMilliseconds, teller.Sql,
                    TimeSpan.FromTicks(teller.SqlTicks).TotalMilliseconds, teller.Commando ?? []));
            }
        });
        app.Map(BasisPad, basis => basis.Run(async context =>
        {
            var db = context.RequestServices.GetRequiredService<BesluitvormingDbContext>();
            var aantal = await db.Projecten.CountAsync(context.RequestAborted);
            await context.Response.WriteAsync(aantal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }));
        app.Map(SchrijfPad, schrijf => schrijf.Run(async context =>
        {
            var db = context.RequestServices.GetRequiredService<BesluitvormingDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(context.RequestAborted);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Schrijfproef\" (\"Waarde\") VALUES ({0})", [Guid.NewGuid().ToString()],
                context.RequestAborted);
            await tx.CommitAsync(context.RequestAborted);
        }));
        next(app);
    };
}

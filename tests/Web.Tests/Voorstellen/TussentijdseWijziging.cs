using System.Data.Common;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// Someone else's save that lands exactly between a request's load and its own save, without timing: when a request
/// that tracks the proposal starts its transaction, the proposal's version is first raised through a separate
/// context, as another user's committed change would. Armed for a number of times; it counts what it did.
/// </summary>
public sealed class TussentijdseWijziging : DbTransactionInterceptor
{
    private static readonly AsyncLocal<bool> Bezig = new();
    private int _voorstelId;
    private int _resterend;
    private int _gedaan;

    public IServiceProvider? Diensten { get; set; }

    public int Gedaan => Volatile.Read(ref _gedaan);

    public void Wapen(int voorstelId, int keren)
    {
        _voorstelId = voorstelId;
        Volatile.Write(ref _resterend, keren);
    }

    public void Ontwapen() => Volatile.Write(ref _resterend, 0);

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        if (Bezig.Value || Volatile.Read(ref _resterend) <= 0 || eventData.Context is not { } context
            || !context.ChangeTracker.Entries<Voorstel>().Any(e => e.Entity.Id == _voorstelId)
            || Interlocked.Decrement(ref _resterend) < 0)
            return result;
        Bezig.Value = true;
        try
        {
            using var scope = Diensten!.CreateScope();
            var ander = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await ander.Voorstellen.Where(v => v.Id == _voorstelId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Versie, v => v.Versie + 1), ct);
            Interlocked.Increment(ref _gedaan);
        }
        finally
        {
            Bezig.Value = false;
        }
        return result;
    }

    /// <summary>The app on SQLite with this interceptor on its context.</summary>
    public sealed class Fabriek : BesluitvormingFabriek
    {
        public TussentijdseWijziging Wijziging { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.ConfigureDbContext<SqliteBesluitvormingDbContext>(o => o.AddInterceptors(Wijziging)));
        }

        public TussentijdseWijziging Klaar()
        {
            Wijziging.Diensten = Services;
            return Wijziging;
        }
    }
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// PostgreSQL: LISTENs on <see cref="Overzichtbewaking.Kanaal"/> on a connection of its own, so a project, afdeling or
/// workflow version saved by another instance on the same database invalidates this instance's
/// <see cref="Overzichtcache"/> when it commits. Until it listens, and from the moment its connection fails until it
/// listens again, the overview reads the lists on every request (nothing heard is not the same as nothing changed).
/// The same connection hears the accounts whose sessions another instance ended or changed (<see cref="Sessiecache"/>),
/// which this instance keeps only while it listens.
/// Keepalives make a connection that died without a word fail instead of waiting forever.
/// </summary>
public sealed class Overzichtluisteraar(Overzichtcache lijsten, Sessiecache sessies, IOptions<DatabaseOptions> database,
    ILogger<Overzichtluisteraar> logger) : BackgroundService
{
    // Not async itself: its state machine would hold the listener's Npgsql types, and compiling it would load Npgsql on
    // SQLite and SQL Server too (issue 12, P4).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database.Value.IsPostgreSql ? LuisterAsync(stoppingToken) : Task.CompletedTask;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private async Task LuisterAsync(CancellationToken stoppingToken)
    {
        var verbinding = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            KeepAlive = 15, Pooling = false, ApplicationName = "besluitvorming-overzicht",
        }.ConnectionString;
        var wacht = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var c = new NpgsqlConnection(verbinding);
                await c.OpenAsync(stoppingToken);
                c.Notification += (_, e) => Gehoord(e.Payload);
                await using (var o = new NpgsqlCommand($"LISTEN {Overzichtbewaking.Kanaal}", c))
                    await o.ExecuteNonQueryAsync(stoppingToken);
                lijsten.Luistert = true;
                sessies.Luistert = true;
                wacht = TimeSpan.FromSeconds(1);
                while (true) await c.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                lijsten.Luistert = false;
                sessies.Luistert = false;
                logger.LogWarning(e, "Overzichtcache van het overzicht: LISTEN onderbroken; opnieuw over {Wacht} s, tot dan zonder bewaarde kopie",
                    wacht.TotalSeconds);
                try { await Task.Delay(wacht, stoppingToken); }
                catch (OperationCanceledException) { break; }
                wacht = TimeSpan.FromTicks(Math.Min(wacht.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
        lijsten.Luistert = false;
        sessies.Luistert = false;
    }

    /// <summary>An account's sessions (payload <see cref="Sessiecache.Voorvoegsel"/> + id) or the overview's lists (empty).</summary>
    private void Gehoord(string bericht)
    {
        if (bericht.StartsWith(Sessiecache.Voorvoegsel, StringComparison.Ordinal)) sessies.Vervallen(bericht[Sessiecache.Voorvoegsel.Length..]);
        else lijsten.Vervallen();
    }
}

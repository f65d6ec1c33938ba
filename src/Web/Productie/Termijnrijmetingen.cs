using System.Diagnostics.Metrics;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// The timer queue (Jobs/Termijnrij) on <c>/metrics</c>: queued timer changes and the age of the oldest, read from the
/// database when scraped (one reading serves both gauges of one scrape), and the rounds that failed.
/// </summary>
public sealed class Termijnrijmetingen
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _klok;
    private readonly Counter<long> _fouten;
    private readonly Lock _slot = new();
    private (DateTimeOffset Op, int Aantal, TimeSpan Oudste) _laatste = (DateTimeOffset.MinValue, 0, TimeSpan.Zero);

    public Termijnrijmetingen(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider klok)
    {
        _scopes = scopes;
        _klok = klok;
        var meter = meters.Create(Metingen.Naam);
        meter.CreateObservableGauge("besluitvorming.timers.wachtrij", () => Lees().Aantal, "{opdracht}",
            "Timerwijzigingen (herinnering, escalatie) die nog naar Quartz moeten.");
        meter.CreateObservableGauge("besluitvorming.timers.wachtrij_oudste_leeftijd", () => Lees().Oudste.TotalSeconds, "s",
            "Leeftijd van de oudste timerwijziging die nog naar Quartz moet.");
        _fouten = meter.CreateCounter<long>("besluitvorming.timers.wachtrij_fouten", "{ronde}",
            "Rondes van de timerwachtrij die mislukten (de rijen blijven staan voor de volgende ronde).");
    }

    public void TelFout() => _fouten.Add(1);

    /// <summary>Queued rows and the age of the oldest.</summary>
    public async Task<(int Aantal, TimeSpan Oudste)> MeetAsync(CancellationToken ct = default)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var stand = await db.Termijnopdrachten.GroupBy(_ => 1).Select(g => new { Aantal = g.Count(), Oudste = g.Min(o => o.AangemaaktOp) })
            .SingleOrDefaultAsync(ct);
        if (stand is null) return (0, TimeSpan.Zero);
        var leeftijd = _klok.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(stand.Oudste, DateTimeKind.Utc);
        return (stand.Aantal, leeftijd < TimeSpan.Zero ? TimeSpan.Zero : leeftijd);
    }

    private (int Aantal, TimeSpan Oudste) Lees()
    {
        lock (_slot)
        {
            // Real time, not the app's clock: this only spares the database a second query within one scrape.
            if (DateTimeOffset.UtcNow - _laatste.Op > TimeSpan.FromSeconds(1))
            {
                var (aantal, oudste) = MeetAsync().GetAwaiter().GetResult();
                _laatste = (DateTimeOffset.UtcNow, aantal, oudste);
            }
            return (_laatste.Aantal, _laatste.Oudste);
        }
    }
}

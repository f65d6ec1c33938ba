using System.Diagnostics.Metrics;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// The outbox as two gauges, read from the database when <c>/metrics</c> is scraped: unsent mails and the age of the
/// oldest. One reading serves both gauges of one scrape.
/// </summary>
public sealed class Mailmetingen
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _klok;
    private readonly Lock _slot = new();
    private (DateTimeOffset Op, int Aantal, TimeSpan Oudste) _laatste = (DateTimeOffset.MinValue, 0, TimeSpan.Zero);

    public Mailmetingen(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider klok)
    {
        _scopes = scopes;
        _klok = klok;
        var meter = meters.Create(Metingen.Naam);
        meter.CreateObservableGauge("besluitvorming.mail.achterstand", () => Lees().Aantal, "{mail}",
            "Mails in de outbox die nog verzonden moeten worden.");
        meter.CreateObservableGauge("besluitvorming.mail.oudste_leeftijd", () => Lees().Oudste.TotalSeconds, "s",
            "Leeftijd van de oudste mail die nog verzonden moet worden.");
    }

    private (int Aantal, TimeSpan Oudste) Lees()
    {
        lock (_slot)
        {
            // Real time, not the app's clock: this only spares the database a second query within one scrape.
            if (DateTimeOffset.UtcNow - _laatste.Op > TimeSpan.FromSeconds(1))
            {
                var (aantal, oudste) = MailAchterstandCheck.MeetAsync(_scopes, _klok).GetAwaiter().GetResult();
                _laatste = (DateTimeOffset.UtcNow, aantal, oudste);
            }
            return (_laatste.Aantal, _laatste.Oudste);
        }
    }
}

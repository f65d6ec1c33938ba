using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// /metrics serves the Prometheus text format without login: the HTTP server metrics, transitions per gate (counted
/// from the committed action's domain events), and the outbox gauges.
/// </summary>
public sealed class MetriekenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private async Task<string> ScrapeAsync()
    {
        var antwoord = await fabriek.Klant().Http.GetAsync("/metrics");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        return await antwoord.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of every series of a metric whose labels include the given ones (0 when there is none yet).</summary>
    private static double Som(string tekst, string metriek, params string[] labels) =>
        tekst.Split('\n')
            .Where(r => r.StartsWith(metriek + "{", StringComparison.Ordinal) || r.StartsWith(metriek + " ", StringComparison.Ordinal))
            .Where(r => labels.All(l => r.Contains(l, StringComparison.Ordinal)))
            .Sum(r => double.Parse(Regex.Match(r, @"\s(\S+)(\s\d+)?$").Groups[1].Value, CultureInfo.InvariantCulture));

    [Fact]
    public async Task Een_indiening_telt_als_overgang_door_de_poort_indienen()
    {
        var voor = Som(await ScrapeAsync(), "besluitvorming_overgangen_total", "poort=\"indienen\"", "trigger=\"Indienen\"");

        await new Route(fabriek).IndienenAsync("steller", Route.VolledigVoorstel($"Metrieken {Guid.NewGuid():N}"));

        var na = Som(await ScrapeAsync(), "besluitvorming_overgangen_total", "poort=\"indienen\"", "trigger=\"Indienen\"");
        na.ShouldBeGreaterThanOrEqualTo(voor + 1);
    }

    [Fact]
    public async Task De_http_metrieken_en_de_mailmeters_staan_erin()
    {
        // ASP.NET Core records a request's duration when the server ends the request, which may be after the client
        // already has the response; and the exporter reads its own listener's copy, which a loaded machine may still be
        // writing when this listener has its measurement. So: a request, wait for its measurement, scrape; a scrape
        // without the series gets another request (at most five, each waited for by its event, never by a sleep).
        var meters = fabriek.Services.GetRequiredService<IMeterFactory>();
        var metingen = System.Threading.Channels.Channel.CreateUnbounded<bool>();
        using var luisteraar = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "http.server.request.duration" && ReferenceEquals(instrument.Meter.Scope, meters))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        luisteraar.SetMeasurementEventCallback<double>((_, _, _, _) => metingen.Writer.TryWrite(true));
        luisteraar.Start();
        var tekst = "";
        for (var poging = 0; poging < 5 && !tekst.Contains("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal); poging++)
        {
            await fabriek.Klant().Http.GetAsync("/Account/Inloggen");
            await metingen.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask()
                .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            tekst = await ScrapeAsync();
        }
        tekst.ShouldContain("http_server_request_duration_seconds_bucket{");
        tekst.ShouldContain("\nbesluitvorming_mail_achterstand");
        tekst.ShouldContain("\nbesluitvorming_mail_oudste_leeftijd_seconds");
    }
}

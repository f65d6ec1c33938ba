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
/// <remarks>
/// Alone, after every parallel test: OpenTelemetry's exporter listens to meters by name, so in a test process its
/// provider also takes the same-named instruments of every other host alive in the process, and shares one metric
/// between them; when such another host is disposed, the shared metric ends and drops out of this host's scrape (the
/// HTTP series vanished from /metrics in runs with other classes beside it). One host per process, as deployed, has
/// no such neighbours.
/// </remarks>
[Collection(nameof(MetriekenTests))]
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
        // already has the response: wait for that measurement of this host before scraping.
        var gemeten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var meters = fabriek.Services.GetRequiredService<IMeterFactory>();
        using var luisteraar = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "http.server.request.duration" && ReferenceEquals(instrument.Meter.Scope, meters))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        luisteraar.SetMeasurementEventCallback<double>((_, _, _, _) => gemeten.TrySetResult());
        luisteraar.Start();
        await fabriek.Klant().Http.GetAsync("/Account/Inloggen");
        await gemeten.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var tekst = await ScrapeAsync();
        tekst.ShouldContain("http_server_request_duration_seconds_bucket{");
        tekst.ShouldContain("\nbesluitvorming_mail_achterstand");
        tekst.ShouldContain("\nbesluitvorming_mail_oudste_leeftijd_seconds");
    }

    /// <summary>The upper bounds of a histogram's buckets in the scrape, in order (empty when it has no series yet).</summary>
    private static string[] Emmers(string tekst, string histogram)
    {
        var reeks = tekst.Split('\n').FirstOrDefault(r => r.StartsWith(histogram + "_bucket{", StringComparison.Ordinal)) is { } eerste
            ? eerste[..eerste.IndexOf(",le=\"", StringComparison.Ordinal)] : null;
        return reeks is null ? [] : tekst.Split('\n').Where(r => r.StartsWith(reeks + ",le=\"", StringComparison.Ordinal))
            .Select(r => Regex.Match(r, "le=\"([^\"]+)\"").Groups[1].Value).ToArray();
    }

    [Fact]
    public async Task De_grens_op_het_aantal_reeksen_laat_de_emmers_van_elk_histogram_zoals_ASP_NET_Core_ze_aanraadt()
    {
        // Metriekgrenzen gives every metric but the per-route ones a lower cardinality limit through a view; a view that
        // replaced an instrument's advised bucket bounds by OpenTelemetry's defaults (0, 5, 10, ... 10000) would turn
        // seconds into nonsense. The authentication histogram is under the view, the request duration is not.
        var klant = fabriek.Klant();
        await klant.InloggenAsync("steller");
        (await klant.Http.GetAsync("/Taken")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tekst = await ScrapeAsync();
        string[] aangeraden = ["0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1", "2.5", "5", "7.5", "10", "+Inf"];
        Emmers(tekst, "aspnetcore_authentication_authenticate_duration_seconds").ShouldBe(aangeraden);
        Emmers(tekst, "http_server_request_duration_seconds").ShouldBe(aangeraden);
    }
}

[CollectionDefinition(nameof(MetriekenTests), DisableParallelization = true)]
public sealed class MetriekenTestsAlleen;

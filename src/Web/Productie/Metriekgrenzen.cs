using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// How many series (tag combinations) each metric may hold. OpenTelemetry allocates every metric stream's array of
/// points up front at its cardinality limit (default 2,000 points of 72 bytes: 144 kB on the large object heap per
/// stream, 6.6 MB for the app's 46 streams, kept for the life of the process; issue 12, P4 memory). Only the metrics
/// tagged with the route can have that many series (65 pages and the API endpoints x methods x status codes); every
/// other metric of the app and of ASP.NET Core has a handful of tag values (scheme, result, gate and trigger, timer
/// group). Series beyond a limit are counted in OpenTelemetry's overflow series, not dropped.
/// </summary>
public static class Metriekgrenzen
{
    public const int PerRoute = 2000;
    public const int Overig = 200;

    private static readonly HashSet<string> MetRoute = new(StringComparer.Ordinal)
        { "http.server.request.duration", "aspnetcore.routing.match_attempts" };

    /// <summary>The view for an instrument: its cardinality limit; the instrument's own aggregation and buckets stay.</summary>
    public static MetricStreamConfiguration? Stroom(Instrument instrument) =>
        MetRoute.Contains(instrument.Name) ? null : new MetricStreamConfiguration { CardinalityLimit = Overig };
}

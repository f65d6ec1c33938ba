using System.Diagnostics;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Measures several URLs in turn, one request at a time (no overlap: each figure is the cost of one request on an
/// otherwise idle app): first every URL is warmed up, then round after round each URL gets one request. Taking turns
/// means a page and its baseline meet the same load on a shared machine, so their ratio holds even when the absolute
/// figures move with it.
/// </summary>
public static class Meetronde
{
    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Benchmarkhost host, IReadOnlyList<Meetdoel> doelen, int verzoeken, int opwarmen)
    {
        for (var i = 0; i < opwarmen; i++)
            foreach (var d in doelen) await d.Klant.HaalAsync(d.Url(i), null);
        var server = doelen.Select(_ => new List<double>(verzoeken)).ToArray();
        var klant = doelen.Select(_ => new List<double>(verzoeken)).ToArray();
        var sql = doelen.Select(_ => new List<int>(verzoeken)).ToArray();
        var sqlMs = doelen.Select(_ => new List<double>(verzoeken)).ToArray();
        for (var i = 0; i < verzoeken; i++)
            for (var j = 0; j < doelen.Count; j++)
            {
                var d = doelen[j];
                var id = $"{j}-{i}";
                var start = Stopwatch.GetTimestamp();
                await d.Klant.HaalAsync(d.Url(opwarmen + i), id);
                klant[j].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var meting = await host.Meter.NeemAsync(id);
                server[j].Add(meting.ServerMs);
                sql[j].Add(meting.Sql);
                sqlMs[j].Add(meting.SqlMs);
            }
        return doelen.Select((d, j) => new Uitslag(d.Naam, d.Patroon, server[j], klant[j], sql[j], sqlMs[j], d.TegenBudget)).ToList();
    }
}

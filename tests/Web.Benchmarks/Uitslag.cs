using System.Globalization;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// The figures of one measured URL: server time (inside the app, <see cref="Verzoekmeter"/>) and client time per request,
/// and the SQL commands per request with the time they took to execute (the round trips, without reading the rows). Percentiles by nearest rank.
/// </summary>
public sealed record Uitslag(string Naam, string Url, IReadOnlyList<double> ServerMs, IReadOnlyList<double> KlantMs, IReadOnlyList<int> Sql,
    IReadOnlyList<double> SqlMs, bool TegenBudget)
{
    public static Uitslag NietBeschikbaar(string naam, string url, string reden) => new(naam, url, [], [], [], [], false) { Reden = reden };

    /// <summary>Why nothing was measured (e.g. the page does not exist on this branch).</summary>
    public string? Reden { get; init; }

    public int N => ServerMs.Count;

    public static double Percentiel(IReadOnlyList<double> waarden, double p)
    {
        if (waarden.Count == 0) return double.NaN;
        var gesorteerd = waarden.Order().ToList();
        var rang = (int)Math.Ceiling(p / 100 * gesorteerd.Count);
        return gesorteerd[Math.Clamp(rang - 1, 0, gesorteerd.Count - 1)];
    }

    public double ServerP95 => Percentiel(ServerMs, 95);

    public bool BinnenBudget(double budgetMs) => ServerP95 <= budgetMs;


    /// <summary>A plain-text table: milliseconds of server time unless marked as client time.</summary>
    public static string Tabel(IReadOnlyList<Uitslag> uitslagen, double budgetMs, string referentie)
    {
        string[] koppen = ["meting", "URL", "n", "p50", "p95", "p99", "max", "klant p95", "SQL/verzoek", "SQL-tijd p50", $"x {referentie}", "budget"];
        var basis = uitslagen.FirstOrDefault(u => u.Naam == referentie && u.N > 0)?.ServerP95 ?? double.NaN;
        static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("0.00", CultureInfo.InvariantCulture);
        var rijen = uitslagen.Select(u => u.Reden is { } reden
            ? new[] { u.Naam, u.Url, "0", "–", "–", "–", "–", "–", "–", "–", "–", reden }
            : [
                u.Naam, u.Url, u.N.ToString(CultureInfo.InvariantCulture), Ms(Percentiel(u.ServerMs, 50)), Ms(u.ServerP95),
                Ms(Percentiel(u.ServerMs, 99)), Ms(u.ServerMs.Max()), Ms(Percentiel(u.KlantMs, 95)), SqlTekst(u.Sql), Ms(Percentiel(u.SqlMs, 50)),
                double.IsNaN(basis) ? "–" : (u.ServerP95 / basis).ToString("0.00", CultureInfo.InvariantCulture),
                u.TegenBudget ? (u.BinnenBudget(budgetMs) ? "PASS" : "FAIL") : "basislijn",
            ]).ToList();
        var breedte = koppen.Select((k, i) => Math.Max(k.Length, rijen.Max(r => r[i].Length))).ToArray();
        string Regel(string[] cellen) => string.Join("  ", cellen.Select((c, i) => i is 0 or 1 or 11 ? c.PadRight(breedte[i]) : c.PadLeft(breedte[i]))).TrimEnd();
        return string.Join(Environment.NewLine,
            new[] { Regel(koppen), new string('-', breedte.Sum() + 2 * (breedte.Length - 1)) }.Concat(rijen.Select(Regel)));
    }

    private static string SqlTekst(IReadOnlyList<int> sql) =>
        sql.Min() == sql.Max() ? sql.Min().ToString(CultureInfo.InvariantCulture) : $"{sql.Min()}-{sql.Max()}";
}

namespace Besluitvorming.Workflows.Termijnen;

/// <summary>
/// The Dutch public holidays a municipality closes on, computed for any year. Goede Vrijdag is left out: it is not a
/// general day off (the Cao Gemeenten does not name it). Bevrijdingsdag (5 May) counts every year, as the Cao
/// Gemeenten has it, not only in lustrum years as most private-sector agreements do.
/// </summary>
public static class Feestdagen
{
    public static bool IsFeestdag(DateOnly dag) => Naam(dag) is not null;

    /// <summary>The holiday's name, or null on an ordinary day.</summary>
    public static string? Naam(DateOnly dag)
    {
        switch (dag.Month, dag.Day)
        {
            case (1, 1): return "Nieuwjaarsdag";
            case (4, 27) when dag.DayOfWeek != DayOfWeek.Sunday: return "Koningsdag";
            case (4, 26) when dag.DayOfWeek == DayOfWeek.Saturday: return "Koningsdag";
            case (5, 5): return "Bevrijdingsdag";
            case (12, 25): return "Eerste Kerstdag";
            case (12, 26): return "Tweede Kerstdag";
        }
        return (dag.DayNumber - Pasen(dag.Year).DayNumber) switch
        {
            0 => "Eerste Paasdag",
            1 => "Tweede Paasdag",
            39 => "Hemelvaartsdag",
            49 => "Eerste Pinksterdag",
            50 => "Tweede Pinksterdag",
            _ => null,
        };
    }

    /// <summary>The holidays of a year in date order.</summary>
    public static IEnumerable<(DateOnly Datum, string Naam)> In(int jaar)
    {
        for (var d = new DateOnly(jaar, 1, 1); d.Year == jaar; d = d.AddDays(1))
            if (Naam(d) is { } naam) yield return (d, naam);
    }

    /// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var maand = (h + l - 7 * m + 114) / 31;
        var dag = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(jaar, maand, dag);
    }
}

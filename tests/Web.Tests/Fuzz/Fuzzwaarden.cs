using System.Globalization;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Tests.Fuzz;

/// <summary>
/// The bad input the fuzzer posts, and how the app is specified to read it back: text without control characters
/// (tab, CR and LF excepted), numbers written the Dutch way or unambiguously, the usual spellings of yes and no.
/// </summary>
public static partial class Fuzzwaarden
{
    /// <summary>10,010 characters: longer than any text column.</summary>
    public static readonly string Lang = string.Concat(Enumerable.Repeat("Lang tekst ", 910));

    /// <summary>What PostgreSQL refuses in text and SQLite stores: a NUL byte, with other control characters.</summary>
    public const string MetNul = "voor\0na\u0001\u001B einde";

    public static readonly IReadOnlyList<string> Alle =
    [
        "", "   ", "\0", "voor\0na", "\u0001\u0002\u0007\u000B\u000C\u001B\u001F\u007F", "regel 1\r\nregel 2\ttab",
        Lang, new string('x', 301), new string('t', 51), new string('n', 201), new string('e', 1001),
        "<script>alert('fuzz')</script>", "\"><img src=x onerror=alert(1)>", "Ünïcødé 😀 \u202Egnirts\u202C 中文 ﷽ \uFEFF",
        "'; DROP TABLE \"Voorstellen\"; --", "{{7*7}} ${7*7} %s %n",
        "2147483648", "-2147483649", "2147483647", "9223372036854775808", "1e30", "-1e30", "1E+5", "-1", "0", "99",
        "79228162514264337593543950336", "NaN", "Infinity",
        "on", "off", "yes", "no", "1", "ja", "TRUE", "waar",
        "0.5", "1.500", "1,5", "60.000,50", "60.000", "1,125", "1.5.5", ",", ".", "-0,25", "1 500",
        "2025-02-30", "0000-00-00", "9999-12-31", "0001-01-01", "31-12-2025", "2025-13-01", "2025-06-15T12:00",
        "00000000-0000-0000-0000-000000000000", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "-2147483648",
    ];

    /// <summary>What the app stores for a text: control characters other than tab, CR and LF gone; whitespace folded.</summary>
    public static string Norm(string? tekst)
    {
        if (tekst is null) return "";
        var zonder = new string(tekst.Where(c => c >= ' ' || c is '\t' or '\r' or '\n').ToArray());
        return Witruimte().Replace(zonder, " ").Trim();
    }

    /// <summary>
    /// The number a Dutch user means, or <c>Geldig: false</c> when the input is no number or is ambiguous. An amount
    /// reads "1.500" as fifteen hundred (Dutch thousands separator); for other numbers that form is ambiguous.
    /// </summary>
    public static (bool Geldig, decimal? Waarde) Getal(string? invoer, bool bedrag)
    {
        var s = (invoer ?? "").Trim();
        if (s.Length == 0) return (true, null);
        var c = CultureInfo.InvariantCulture;
        if (Geheel().IsMatch(s)) return decimal.TryParse(s, NumberStyles.AllowLeadingSign, c, out var g) ? (true, g) : (false, null);
        if (Komma().IsMatch(s)) return decimal.TryParse(s.Replace(',', '.'), NumberStyles.Number, c, out var k) ? (true, k) : (false, null);
        if (Punt().IsMatch(s) && s.Length - s.IndexOf('.') - 1 != 3)
            return decimal.TryParse(s, NumberStyles.Number, c, out var p) ? (true, p) : (false, null);
        if (Duizendtallen().IsMatch(s))
        {
            var eenGroepZonderKomma = s.Count(x => x == '.') == 1 && !s.Contains(',');
            if (eenGroepZonderKomma && !bedrag) return (false, null);
            return decimal.TryParse(s.Replace(".", "").Replace(',', '.'), NumberStyles.Number, c, out var d) ? (true, d) : (false, null);
        }
        return (false, null);
    }

    /// <summary>The spellings of a checkbox or yes/no choice the app accepts.</summary>
    public static bool? JaNee(string? invoer) => (invoer ?? "").Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "1" or "ja" => true,
        "false" or "off" or "no" or "0" or "nee" => false,
        _ => null,
    };

    [GeneratedRegex(@"\s+")] private static partial Regex Witruimte();
    [GeneratedRegex(@"^-?\d+$")] private static partial Regex Geheel();
    [GeneratedRegex(@"^-?\d*,\d+$")] private static partial Regex Komma();
    [GeneratedRegex(@"^-?\d*\.\d+$")] private static partial Regex Punt();
    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$")] private static partial Regex Duizendtallen();
}

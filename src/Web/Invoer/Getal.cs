using System.Globalization;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// Reads a number the way a Dutch user means it, or says why it cannot. A comma is the decimal separator ("0,5");
/// a point is one too when it cannot be a thousands separator ("0.5", "1.25"). Thousands are grouped by points
/// ("60.000", "1.500.000,50"); the English way with commas ("1,500,000.50") is read too, as it is unambiguous. A lone
/// point before exactly three digits ("1.500") is fifteen hundred in an amount, and refused elsewhere: it could be
/// one and a half.
/// </summary>
public static class Getal
{
    public static (decimal? Waarde, string? Fout) Lees(string? invoer, bool bedrag)
    {
        var s = (invoer ?? "").Trim();
        if (s.Length == 0) return (null, null);
        var fout = bedrag
            ? "Vul een bedrag in cijfers in, bijvoorbeeld 60.000 of 60.000,50."
            : "Vul een getal in cijfers in, bijvoorbeeld 2 of 0,5.";

        var negatief = s[0] is '-' or '\u2212';
        if (negatief || s[0] == '+') s = s[1..];
        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',')) return (null, fout);

        string geheel, fractie;
        var punten = s.Count(c => c == '.');
        var kommas = s.Count(c => c == ',');
        if (punten > 0 && kommas > 0)
        {
            // Both: the last one separates the decimals, the other groups the thousands.
            var scheiding = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
            var groep = scheiding == ',' ? '.' : ',';
            if (s.Count(c => c == scheiding) > 1) return (null, fout);
            (geheel, fractie) = Splits(s, scheiding);
            if (!Groepen(geheel, groep)) return (null, fout);
        }
        else if (punten > 1 || kommas > 1)
        {
            geheel = s;
            fractie = "";
            if (!Groepen(geheel, punten > 1 ? '.' : ',')) return (null, fout);
        }
        else if (kommas == 1) (geheel, fractie) = Splits(s, ',');
        else if (punten == 1)
        {
            (geheel, fractie) = Splits(s, '.');
            if (fractie.Length == 3 && geheel.Length is > 0 and <= 3)
            {
                if (!bedrag)
                {
                    var decimaal = fractie.TrimEnd('0');
                    return (null, $"Bedoelt u {geheel}{(decimaal.Length > 0 ? "," + decimaal : "")} of {geheel}{fractie}? "
                        + $"Schrijf decimalen met een komma (bijvoorbeeld 1,5) en duizendtallen zonder punt (bijvoorbeeld 1500).");
                }
                (geheel, fractie) = (geheel + fractie, "");
            }
        }
        else (geheel, fractie) = (s, "");

        geheel = geheel.Replace(".", "").Replace(",", "");
        if (geheel.Length == 0 && fractie.Length == 0) return (null, fout);
        if (s.EndsWith('.') || s.EndsWith(',')) return (null, fout);
        var tekst = (geheel.Length == 0 ? "0" : geheel) + (fractie.Length > 0 ? "." + fractie : "");
        if (!decimal.TryParse(tekst, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var waarde))
            return (null, "Dit getal is te groot.");
        return (negatief ? -waarde : waarde, null);
    }

    private static (string, string) Splits(string s, char scheiding)
    {
        var i = s.IndexOf(scheiding);
        return (s[..i], s[(i + 1)..]);
    }

    /// <summary>Thousands groups: one to three digits, then groups of exactly three.</summary>
    private static bool Groepen(string s, char groep)
    {
        var delen = s.Split(groep);
        return delen[0].Length is >= 1 and <= 3 && delen.Skip(1).All(d => d.Length == 3);
    }
}

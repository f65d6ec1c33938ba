using System.Globalization;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Huisstijl;

/// <summary>Colour arithmetic of WCAG 2.1: relative luminance and contrast ratio of #rgb / #rrggbb colours.</summary>
public static partial class Kleur
{
    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex Hex();

    public static bool IsHex(string? kleur) => kleur is not null && Hex().IsMatch(kleur);

    /// <summary>(L1 + 0.05) / (L2 + 0.05), the lighter colour on top; 1 to 21.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminantie(a), Luminantie(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static double Luminantie(string kleur)
    {
        var hex = kleur.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        double Kanaal(int i)
        {
            var c = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Kanaal(0) + 0.7152 * Kanaal(1) + 0.0722 * Kanaal(2);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The shape of a registratienummer: a two-digit year, a dash and a sequence number (seed 002: 14-10749). The app
/// writes its own as <c>jj-nnnnn</c>; a number taken over from an archive or an earlier system (Decos JOIN, iBabs)
/// keeps the way it was written there, so "26-12" and "26-00012" are the same number written twice.
/// </summary>
public static partial class Registratienummers
{
    public const int MaxCijfers = 6;

    public const string Formaat = "twee cijfers voor het jaar, een streepje en het volgnummer, bijvoorbeeld 14-10749";

    [GeneratedRegex(@"^([0-9]{2})-([0-9]{1,6})$")]
    private static partial Regex Patroon();

    public static string Maak(int jaar, int volgnummer) => $"{jaar % 100:D2}-{volgnummer:D5}";

    /// <summary>Null when <paramref name="tekst"/> is a registratienummer (sequence 1 or higher); otherwise why not, in Dutch.</summary>
    public static string? Controleer(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return "Vul het registratienummer uit het archief in.";
        if (Ontleed(tekst) is not { } nummer)
            return $"'{tekst.Trim()}' is geen registratienummer: gebruik {Formaat}.";
        if (nummer.Volgnummer == 0) return "Het volgnummer van een registratienummer begint bij 1.";
        return null;
    }

    public static (int Jaar, int Volgnummer)? Ontleed(string? tekst)
    {
        var m = Patroon().Match(tekst?.Trim() ?? "");
        if (!m.Success) return null;
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Every way the same number can be written (the sequence with any leading zeros up to <see cref="MaxCijfers"/>
    /// digits): what a lookup for "is this number taken" must compare against.
    /// </summary>
    public static IReadOnlyList<string> Schrijfwijzen(int jaar2, int volgnummer)
    {
        var kaal = volgnummer.ToString(CultureInfo.InvariantCulture);
        return Enumerable.Range(kaal.Length, Math.Max(0, MaxCijfers - kaal.Length + 1))
            .Select(breedte => $"{jaar2:D2}-{kaal.PadLeft(breedte, '0')}").ToList();
    }
}

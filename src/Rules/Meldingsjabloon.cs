using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Besluitvorming.Rules.Feiten;

namespace Besluitvorming.Rules;

/// <summary>
/// A rule's Dutch message with placeholders filled from the facts: <c>{Naam}</c>, <c>{Naam:bedrag}</c> ("EUR 60.000")
/// and <c>{Naam:datum}</c> ("1 maart 2021"). Parsed once per rule-set version; an unknown name or format is a
/// validation error, never a surprise at run time.
/// </summary>
public sealed partial class Meldingsjabloon
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Feiten = new();
    private static readonly string[] Formaten = ["bedrag", "datum"];

    private readonly List<(string Tekst, PropertyInfo? Feit, string? Formaat)> _delen = [];

    private Meldingsjabloon() { }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::([a-z]+))?\}")]
    private static partial Regex Plaatshouder();

    /// <summary>Parses the template against the facts of <paramref name="feitenType"/> (a proposal's when null); what is wrong goes to <paramref name="fouten"/>.</summary>
    public static Meldingsjabloon Ontleed(string tekst, List<string> fouten, Type? feitenType = null)
    {
        var feiten = Feiten.GetOrAdd(feitenType ?? typeof(VoorstelFeiten),
            t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name));
        var jabloon = new Meldingsjabloon();
        var positie = 0;
        foreach (Match m in Plaatshouder().Matches(tekst))
        {
            if (m.Index > positie) jabloon._delen.Add((tekst[positie..m.Index], null, null));
            var naam = m.Groups[1].Value;
            var formaat = m.Groups[2].Success ? m.Groups[2].Value : null;
            if (!feiten.TryGetValue(naam, out var feit))
                fouten.Add($"de melding noemt een onbekend feit '{{{naam}}}'");
            else if (formaat is not null && !Formaten.Contains(formaat))
                fouten.Add($"de melding gebruikt een onbekend formaat '{formaat}' bij '{{{naam}}}' (bekend: {string.Join(", ", Formaten)})");
            jabloon._delen.Add((m.Value, feit, formaat));
            positie = m.Index + m.Length;
        }
        if (positie < tekst.Length) jabloon._delen.Add((tekst[positie..], null, null));
        return jabloon;
    }

    public string Vul(object feiten)
    {
        var sb = new StringBuilder();
        foreach (var (tekst, feit, formaat) in _delen)
            sb.Append(feit is null ? tekst : Formatteer(feit.GetValue(feiten), formaat));
        return sb.ToString();
    }

    public static string Bedrag(decimal bedrag) =>
        "EUR " + bedrag.ToString(bedrag == decimal.Truncate(bedrag) ? "N0" : "N2", Nl);

    public static string Datum(DateTime datum) => datum.ToString("d MMMM yyyy", Nl);

    private static string Formatteer(object? waarde, string? formaat) => (waarde, formaat) switch
    {
        (null, _) => "onbekend",
        (decimal d, "bedrag") => Bedrag(d),
        (DateTime d, "datum") => Datum(d),
        (DateTime d, _) => Datum(d),
        (bool b, _) => b ? "ja" : "nee",
        (IEnumerable<string> lijst, _) => string.Join(", ", lijst),
        (IFormattable f, _) => f.ToString(null, Nl),
        _ => waarde.ToString() ?? "",
    };
}

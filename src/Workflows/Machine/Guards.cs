using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Machine;

/// <summary>
/// The guards a definition may name. Guards are pure: they read the proposal and today's date (from the transition's
/// clock; unknown, null, where no transition runs) and nothing else.
/// A definition writes "Naam", "!Naam" (negated) or "Naam:argument".
/// </summary>
public static class Guards
{
    public const string AlleAdviezenBinnen = "AlleAdviezenBinnen";
    public const string OrVereist = "OrVereist";
    public const string RaadVereist = "RaadVereist";
    /// <summary>Argument: the state that returned the proposal to the steller.</summary>
    public const string TeruggestuurdVanuit = "TeruggestuurdVanuit";
    /// <summary>An advice round took place before and a revision voided advice or made new advice necessary.</summary>
    public const string AdviesOpnieuwNodig = "AdviesOpnieuwNodig";
    /// <summary>The college agreed (with or without changes): from then on the steller can no longer withdraw.</summary>
    public const string CollegeHeeftBesloten = "CollegeHeeftBesloten";
    /// <summary>
    /// The proposal is public today and its decision not yet published: openbaarheid "ja", or "uitgesteld" from the
    /// first day after the embargo date. False when no date is known (a page listing actions, the diagram).
    /// </summary>
    public const string Openbaar = "Openbaar";

    private static readonly Dictionary<string, (bool MetStatusArgument, Func<Voorstel, string?, DateOnly?, bool> Test)> Alle = new()
    {
        [AlleAdviezenBinnen] = (false, (v, _, _) => v.Aspecten.Where(a => a.Vereist).All(a => a.HeeftGeldigAdvies)),
        [OrVereist] = (false, (v, _, _) => v.OrVereist),
        [RaadVereist] = (false, (v, _, _) => v.RaadVereist),
        [TeruggestuurdVanuit] = (true, (v, arg, _) => v.TeruggestuurdVanuit == arg),
        [CollegeHeeftBesloten] = (false, (v, _, _) => v.CollegeAkkoord),
        [AdviesOpnieuwNodig] = (false, (v, _, _) => v.AdviesrondeGehouden && v.Aspecten.Any(a => a.Vereist && !a.HeeftGeldigAdvies)),
        [Openbaar] = (false, (v, _, vandaag) => v.GepubliceerdOp is null && vandaag is { } d && v.IsOpenbaarOp(d)),
    };

    public static IEnumerable<string> Namen => Alle.Keys;

    public sealed record Verwijzing(string Tekst, string Naam, string? Argument, bool Ontkend);

    public static Verwijzing Ontleed(string tekst)
    {
        var ontkend = tekst.StartsWith('!');
        var rest = ontkend ? tekst[1..] : tekst;
        var deel = rest.Split(':', 2);
        return new Verwijzing(tekst, deel[0].Trim(), deel.Length > 1 ? deel[1].Trim() : null, ontkend);
    }

    /// <summary>Null when the reference is valid; otherwise what is wrong with it, in Dutch.</summary>
    public static string? Controleer(string tekst, Func<string, bool> statusBestaat)
    {
        var v = Ontleed(tekst);
        if (!Alle.TryGetValue(v.Naam, out var g))
            return $"onbekende guard '{v.Naam}' (bekend: {string.Join(", ", Alle.Keys)})";
        if (g.MetStatusArgument && string.IsNullOrEmpty(v.Argument))
            return $"guard '{v.Naam}' vraagt een status als argument, zoals '{v.Naam}:Directieteam'";
        if (g.MetStatusArgument && !statusBestaat(v.Argument!))
            return $"guard '{tekst}' noemt een onbekende status '{v.Argument}'";
        if (!g.MetStatusArgument && v.Argument is not null)
            return $"guard '{v.Naam}' neemt geen argument";
        return null;
    }

    public static Func<bool> Bouw(string tekst, Voorstel voorstel, DateOnly? vandaag = null)
    {
        var v = Ontleed(tekst);
        var test = Alle[v.Naam].Test;
        return v.Ontkend ? () => !test(voorstel, v.Argument, vandaag) : () => test(voorstel, v.Argument, vandaag);
    }
}

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>Kinds of evidence a step may require (a bijlage of that kind).</summary>
public static class Bewijssoorten
{
    public const string Verslag = "Verslag";
    public const string Plan = "Plan";
    public const string Notitie = "Notitie";
    public const string Afspraak = "Afspraak";
    public const string Overig = "Overig";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Verslag, Plan, Notitie, Afspraak, Overig };

    public static string Naam(string soort) => soort switch
    {
        Verslag => "verslag",
        Plan => "plan",
        Notitie => "notitie",
        Afspraak => "vastgelegde afspraak (beheer- of subsidieafspraak)",
        _ => soort.ToLowerInvariant(),
    };
}

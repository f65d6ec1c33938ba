namespace Besluitvorming.Workflows.Trajecten;

/// <summary>The triggers of a traject definition (family <c>traject</c>).</summary>
public static class TrajectTriggers
{
    public const string Voltooien = "Voltooien";
    public const string Overslaan = "Overslaan";
    public const string Terugsturen = "Terugsturen";
    /// <summary>Internal: a collegevoorstel is linked and the traject waits at the step.</summary>
    public const string StartBesluitmoment = "StartBesluitmoment";
    public const string Ingestemd = "Ingestemd";
    public const string Afgewezen = "Afgewezen";

    /// <summary>Fired by the outcome of the linked proposal, never by a person.</summary>
    public static readonly IReadOnlySet<string> Besluit = new HashSet<string> { Ingestemd, Afgewezen };

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Voltooien, Overslaan, Terugsturen, StartBesluitmoment, Ingestemd, Afgewezen,
    };
}

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

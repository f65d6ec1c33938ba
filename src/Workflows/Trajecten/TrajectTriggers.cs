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

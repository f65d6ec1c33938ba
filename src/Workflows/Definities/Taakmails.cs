namespace Besluitvorming.Workflows.Definities;

/// <summary>The words a task's <c>mail</c> may use: which mail its holder gets when it opens.</summary>
public static class Taakmails
{
    /// <summary>A plain notice that a task is waiting (the default).</summary>
    public const string Taak = "taak";
    /// <summary>The afdelingshoofd is asked for a paraaf, with a personal link to give it or return the proposal.</summary>
    public const string Paraaf = "paraaf";
    /// <summary>An adviseur is asked for advice on their aspect, with a personal link to give it.</summary>
    public const string Advies = "advies";
    /// <summary>The steller hears the proposal was returned, from where and why.</summary>
    public const string Teruggestuurd = "teruggestuurd";
    /// <summary>The DT secretary is asked to put it on the DT agenda; the steller hears it goes to the DT.</summary>
    public const string GeagendeerdDt = "geagendeerd-dt";
    /// <summary>The bestuurssecretariaat is asked to put it on the B&amp;W agenda; the steller hears it goes to B&amp;W.</summary>
    public const string GeagendeerdCollege = "geagendeerd-college";
    /// <summary>No mail.</summary>
    public const string Geen = "geen";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Taak, Paraaf, Advies, Teruggestuurd, GeagendeerdDt, GeagendeerdCollege, Geen,
    };
}

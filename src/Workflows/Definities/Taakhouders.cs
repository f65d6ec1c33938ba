namespace Besluitvorming.Workflows.Definities;

/// <summary>How a task's holder is found: the words a task's <c>houder</c> may use.</summary>
public static class Taakhouders
{
    /// <summary>Whoever holds the task's role in the organisation (the default).</summary>
    public const string Rol = "rol";
    /// <summary>The afdelingshoofd of the proposal's afdeling.</summary>
    public const string Afdelingshoofd = "afdelingshoofd";
    /// <summary>The steller of the proposal.</summary>
    public const string Steller = "steller";
    /// <summary>One task per required bedrijfsvoeringsaspect without valid advice, each for that aspect's adviseur.</summary>
    public const string AdviseurPerAspect = "adviseurPerAspect";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Rol, Afdelingshoofd, Steller, AdviseurPerAspect };
}

namespace Besluitvorming.Workflows.Definities;

/// <summary>The words a transition's <c>mail</c> list may use.</summary>
public static class Overgangsmails
{
    /// <summary>The transition records a decision of the college or the raad: the betrokkenen get the decision.</summary>
    public const string Besluit = "besluit";
    /// <summary>The steller gets a confirmation that the proposal was (re)submitted and where it lies now.</summary>
    public const string Ingediend = "ingediend";
    /// <summary>Everyone whose task the transition closed (other than the actor) hears that it was withdrawn.</summary>
    public const string Ingetrokken = "ingetrokken";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Besluit, Ingediend, Ingetrokken };
}

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// A person fired a trigger and the route moved (or stayed, as with an advice while others are still due):
/// <paramref name="Van"/> is the state it was fired in, <paramref name="Naar"/> the state after the automatic steps.
/// </summary>
public sealed record StapVoltooid(string Trigger, string Van, string Naar, string? Reden) : Domeingebeurtenis;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The college or the raad decided (or held the proposal over); <paramref name="Omschrijving"/> is the timeline's line,
/// <paramref name="Besluittekst"/> the decision's own text when the trigger recorded one.
/// </summary>
public sealed record Besloten(string Trigger, string Omschrijving, string? Besluittekst) : Domeingebeurtenis;

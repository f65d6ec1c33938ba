namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>The college or the raad decided (or held the proposal over); <paramref name="Omschrijving"/> is the timeline's line.</summary>
public sealed record Besloten(string Trigger, string Omschrijving) : Domeingebeurtenis;

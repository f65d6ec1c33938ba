namespace Besluitvorming.Workflows.Termijnen;

/// <summary>A meeting as the planning sees it: the body, the day, and the closing date for its agenda.</summary>
public sealed record Vergadermoment(Orgaan Orgaan, DateOnly Datum, DateOnly Sluitingsdatum);

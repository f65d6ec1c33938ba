namespace Besluitvorming.Rules.Feiten;

/// <summary>A meeting of the calendar (B&amp;W or DT) with the closing date for its agenda.</summary>
public sealed record Vergadering(DateOnly Datum, DateOnly Sluitingsdatum);

namespace Besluitvorming.Rules.Feiten;

/// <summary>One year of the budget calendar: the deadlines of the Voorjaarsnota and the Kadernota.</summary>
public sealed record Begrotingsdeadline(int Jaar, DateOnly VoorjaarsnotaDeadline, DateOnly KadernotaDeadline);

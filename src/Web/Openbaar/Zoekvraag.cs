namespace Besluitvorming.Web.Openbaar;

/// <summary>What a visitor of /Openbaar searches on: text in onderwerp, number or besluit, a date range, a body, one meeting.</summary>
public sealed record Zoekvraag(string? Tekst, DateOnly? Van, DateOnly? Tot, string? Bestuursorgaan)
{
    /// <summary>One B&amp;W meeting: its besluitenlijst.</summary>
    public DateOnly? Vergadering { get; init; }

    /// <summary>One decision (the detail page).</summary>
    public int? Id { get; init; }
}

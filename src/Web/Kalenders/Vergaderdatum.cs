namespace Besluitvorming.Web.Kalenders;

/// <summary>A meeting in the calendar, with the closing date for agenda items.</summary>
public sealed class Vergaderdatum
{
    public int Id { get; set; }
    public Vergadersoort Soort { get; set; }
    public DateOnly Datum { get; set; }
    public DateOnly Sluitingsdatum { get; set; }
}

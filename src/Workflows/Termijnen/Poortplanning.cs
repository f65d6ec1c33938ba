namespace Besluitvorming.Workflows.Termijnen;

/// <summary>
/// One gate of the terugrekenplanning: the status it is, the latest day it must be done (<paramref name="Uiterlijk"/>),
/// the meeting it works towards if it is one, where it stands, and a Dutch explanation of how the date came about.
/// </summary>
public sealed record Poortplanning(string Status, string Titel, DateOnly Uiterlijk, Vergadermoment? Vergadering, Poortstand Stand,
    string Toelichting)
{
    public string StandTekst => Stand switch
    {
        Poortstand.OpSchema => "Op schema",
        Poortstand.Risico => "Risico",
        Poortstand.TeLaat => "Te laat",
        Poortstand.Afgerond => "Afgerond",
        _ => "Overgeslagen",
    };
}

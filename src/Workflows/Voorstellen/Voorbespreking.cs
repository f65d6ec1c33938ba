namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>"Voorbesproken met ... (d.d.)": a person or body the proposal was discussed with beforehand.</summary>
public sealed class Voorbespreking
{
    public string Persoon { get; private set; } = "";
    public DateOnly? Datum { get; private set; }

    private Voorbespreking() { }

    public Voorbespreking(string persoon, DateOnly? datum)
    {
        Persoon = persoon;
        Datum = datum;
    }
}

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>What the directieteam decided on the proposal: the date and numbered points.</summary>
public sealed class Directiebesluit
{
    public DateOnly Datum { get; private set; }
    /// <summary>Numbered points, one per line, in order (e.g. "Voor het overige conform advies").</summary>
    public string Punten { get; private set; } = "";
    /// <summary>How the steller processed the points ("Het gestelde onder punt 1 is verwerkt ...").</summary>
    public string? Verwerking { get; private set; }

    private Directiebesluit() { }

    public Directiebesluit(DateOnly datum, string punten, string? verwerking = null)
    {
        Datum = datum;
        Punten = punten;
        Verwerking = verwerking;
    }

    public IReadOnlyList<string> PuntenLijst =>
        Punten.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

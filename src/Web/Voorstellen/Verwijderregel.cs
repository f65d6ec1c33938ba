namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// The audit trail of deleted proposals that had a registratienummer (a mistaken import): the proposal and its timeline
/// go, this line stays. Rows are only added; the number it names is free again.
/// </summary>
public sealed class Verwijderregel
{
    public const int MotiveringLengte = 1000;

    public long Id { get; set; }
    public DateTime Tijdstip { get; set; }
    public int VoorstelId { get; set; }
    public string Registratienummer { get; set; } = "";
    public string Onderwerp { get; set; } = "";
    public string StellerNaam { get; set; } = "";
    public string DoorId { get; set; } = "";
    public string DoorNaam { get; set; } = "";
    /// <summary>Why the import was a mistake, as the one deleting it wrote it.</summary>
    public string Motivering { get; set; } = "";
}

namespace Besluitvorming.Web.Regels;

/// <summary>
/// One stored version of a rule set. The JSON of a stored version never changes (an edit is a new version), so
/// a compiled engine can be kept per (Naam, Versie). At most one version per name is active.
/// </summary>
public sealed class RegelsetVersie
{
    public const int ToelichtingLengte = 1_000;

    public int Id { get; set; }
    public string Naam { get; set; } = "";
    public int Versie { get; set; }
    public string Json { get; set; } = "";
    public Regelsetstatus Status { get; set; }
    public string? Toelichting { get; set; }
    public string GewijzigdDoor { get; set; } = "";
    public DateTime GewijzigdOp { get; set; }
    public string? GeactiveerdDoor { get; set; }
    public DateTime? ActiefSinds { get; set; }
}

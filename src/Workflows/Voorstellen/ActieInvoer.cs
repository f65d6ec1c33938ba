namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>What a person enters when firing a trigger; which fields a trigger asks is in its definition (<see cref="Definities.Invoervelden"/>).</summary>
public sealed record ActieInvoer
{
    public int? TaakId { get; init; }
    public string? Reden { get; init; }
    public bool? Instemming { get; init; }
    public string? Opmerking { get; init; }
    public DateOnly? Datum { get; init; }
    public DateOnly? NieuweDatum { get; init; }
    public string? Tekst { get; init; }
    public int? Volgnummer { get; init; }
    public string? BehandelendTeam { get; init; }
    /// <summary>The <see cref="Voorstel.Revisie"/> the person saw; a mismatch means the content or gate changed meanwhile.</summary>
    public int? Revisie { get; init; }
}

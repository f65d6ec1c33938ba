namespace Besluitvorming.Web.Data;

/// <summary>A stored workflow definition version; proposals refer to (Naam, Versie).</summary>
public sealed class WorkflowDefinitieRecord
{
    public int Id { get; set; }
    public string Naam { get; set; } = "";
    public int Versie { get; set; }
    public string Json { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Bron { get; set; } = "";
    public DateTime GeregistreerdOp { get; set; }
    /// <summary>The definition's family (<c>collegevoorstel</c>, <c>traject</c>), for the Beheer list.</summary>
    public string Familie { get; set; } = "collegevoorstel";
    /// <summary>Who uploaded this version on the Beheer page; null for a version read from <c>seeds/workflows</c>.</summary>
    public string? GeregistreerdDoor { get; set; }
}

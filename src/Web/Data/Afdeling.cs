namespace Besluitvorming.Web.Data;

public sealed class Afdeling
{
    public int Id { get; set; }
    public string Naam { get; set; } = "";
    /// <summary>The afdelingshoofd gives the paraaf on every proposal of this afdeling.</summary>
    public string? AfdelingshoofdId { get; set; }
    /// <summary>Proposals from the Ontwikkelbedrijf about projects need team SMO's advice.</summary>
    public bool IsOntwikkelbedrijf { get; set; }
    public List<Team> Teams { get; set; } = [];
}

namespace Besluitvorming.Web.Data;

public sealed class Team
{
    public int Id { get; set; }
    public int AfdelingId { get; set; }
    /// <summary>Short code as used on the template ("Beh.team MOADO").</summary>
    public string Code { get; set; } = "";
    public string Naam { get; set; } = "";
}

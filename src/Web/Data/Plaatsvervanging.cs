namespace Besluitvorming.Web.Data;

/// <summary>The deputy may act on the holder's tasks, provided the deputy holds the task's role too.</summary>
public sealed class Plaatsvervanging
{
    public int Id { get; set; }
    public string HouderId { get; set; } = "";
    public string PlaatsvervangerId { get; set; } = "";
}

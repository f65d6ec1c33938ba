using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Data;

/// <summary>An advisor assigned to a bedrijfsvoeringsaspect.</summary>
public sealed class AdviseurAspect
{
    public int Id { get; set; }
    public string GebruikerId { get; set; } = "";
    public Aspect Aspect { get; set; }
    /// <summary>The advisor who receives new advice requests; others for the aspect act as deputies.</summary>
    public bool Primair { get; set; }
}

namespace Besluitvorming.Web.Data;

/// <summary>A policy goal that projects and proposals are tested against (seed 004).</summary>
public sealed class Kernopgave
{
    public int Id { get; set; }
    public string Naam { get; set; } = "";
    public List<Project> Projecten { get; set; } = [];
}

namespace Besluitvorming.Web.Data;

public sealed class Project
{
    public int Id { get; set; }
    public string Naam { get; set; } = "";
    public string? Programma { get; set; }
    public string? Omschrijving { get; set; }
    public int? AfdelingId { get; set; }
    public string? ProjectleiderId { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Einde { get; set; }
    public List<Kernopgave> Kernopgaven { get; set; } = [];
}

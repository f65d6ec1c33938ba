using Besluitvorming.Web.Projecten;

namespace Besluitvorming.Web.Data;

/// <summary>
/// A project as a case (seed 001): who asked for it and who leads it, its period and budget, the stakeholders it
/// works with, the resultaten it must deliver and the kernopgaven it serves. Collegevoorstellen link to it through
/// <c>Voorstel.ProjectId</c>.
/// </summary>
public sealed class Project
{
    public int Id { get; set; }
    public string Naam { get; set; } = "";
    public string? Programma { get; set; }
    public string? Omschrijving { get; set; }
    public string? Opdrachtgever { get; set; }
    public int? AfdelingId { get; set; }
    public string? ProjectleiderId { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Einde { get; set; }
    /// <summary>The budget in euros, for the <see cref="BudgetPeriode"/> ("per jaar"; null: for the whole project).</summary>
    public decimal? Budget { get; set; }
    public string? BudgetPeriode { get; set; }
    /// <summary>The parties the project works with, in the order the projectopdracht names them.</summary>
    public List<string> Stakeholders { get; set; } = [];
    public List<Projectresultaat> Resultaten { get; set; } = [];
    public List<Kernopgave> Kernopgaven { get; set; } = [];
}

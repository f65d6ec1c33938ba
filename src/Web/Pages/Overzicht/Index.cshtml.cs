using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// Every submitted proposal across projects for the bestuurssecretariaat (and DT, college, griffie):
/// where it is, who holds it, for how long and whether it is late; sortable, with totals per project and exports
/// of the same list. Drafts stay private to their steller.
/// </summary>
public sealed class IndexModel(BesluitvormingDbContext db, WorkflowRegister workflows, Overzichtcache cache, TimeProvider klok) : PageModel
{
    public const int PaginaGrootte = 25;

    public sealed record Totaalregel(string Project, int? ProjectId, int Aantal, int TeLaat);

    [BindProperty(SupportsGet = true)] public Overzichtfilter Filter { get; set; } = new();

    public IReadOnlyList<Overzichtlijst.Regel> Regels { get; private set; } = [];
    public IReadOnlyList<Totaalregel> Totalen { get; private set; } = [];
    public int Totaal { get; private set; }
    public int AantalPaginas => Math.Max(1, (Totaal + PaginaGrootte - 1) / PaginaGrootte);
    public List<SelectListItem> Statussen { get; private set; } = [];
    public List<SelectListItem> Projecten { get; private set; } = [];
    public List<SelectListItem> Afdelingen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var lijst = new Overzichtlijst(db, workflows, cache, klok);
        var keuzes = await cache.HaalAsync(db, HttpContext.RequestAborted);
        var definitie = keuzes.Definitie;
        Statussen = definitie.Statussen.Where(s => s.Naam != definitie.Beginstatus)
            .Select(s => new SelectListItem(s.Titel, s.Naam, s.Naam == Filter.Status)).ToList();
        Projecten = [.. keuzes.Projecten.Select(p => new SelectListItem(p.Naam, p.Id.ToString(), p.Id == Filter.ProjectId)),
            new SelectListItem("Zonder project", Overzichtfilter.ZonderProject.ToString(), Filter.ProjectId == Overzichtfilter.ZonderProject)];
        Afdelingen = keuzes.Afdelingen.Select(a => new SelectListItem(a.Naam, a.Id.ToString(), a.Id == Filter.AfdelingId)).ToList();

        var q = lijst.Gefilterd(Filter);
        var totalen = await lijst.TotalenAsync(q, Filter);
        var namen = keuzes.Projecten.ToDictionary(p => p.Id, p => p.Naam);
        Totalen = totalen
            .Select(t => new Totaalregel(t.ProjectId is { } id ? namen.GetValueOrDefault(id, "?") : "Zonder project", t.ProjectId, t.Aantal, t.TeLaat))
            .OrderBy(t => t.ProjectId is null).ThenBy(t => t.Project, StringComparer.CurrentCulture).ToList();
        Totaal = totalen.Sum(t => t.Aantal);
        Filter.Pagina = Math.Clamp(Filter.Pagina, 1, AantalPaginas);
        Regels = await lijst.RegelsAsync(q, Filter, (Filter.Pagina - 1) * PaginaGrootte, PaginaGrootte);
    }

    public string PaginaUrl(int pagina) => Url.Page("/Overzicht/Index", Filter.Waarden(pagina: pagina))!;

    /// <summary>The header link: ascending first, the other way when the column is already sorted ascending.</summary>
    public string SorteerUrl(string kolom) =>
        Url.Page("/Overzicht/Index", Filter.Waarden(kolom, aflopend: Filter.Kolom == kolom && !Filter.Aflopend))!;

    public string? AriaSort(string kolom) => Filter.Kolom != kolom ? null : Filter.Aflopend ? "descending" : "ascending";

    public string ProjectUrl(int? projectId, bool alleenTeLaat)
    {
        var w = Filter.Waarden(pagina: 1, projectId: projectId ?? Overzichtfilter.ZonderProject);
        if (alleenTeLaat) w["TeLaat"] = "true";
        return Url.Page("/Overzicht/Index", w)!;
    }

    public string ExportUrl(string formaat)
    {
        var w = Filter.Waarden();
        w["formaat"] = formaat;
        return Url.Page("/Overzicht/Export", w)!;
    }
}

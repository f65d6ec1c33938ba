using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// The overview's list for the same filter and order, every row rather than one page, as XLSX or CSV. Same folder,
/// same access (policy Monitoring) as the overview.
/// </summary>
public sealed class ExportModel(BesluitvormingDbContext db, WorkflowRegister workflows, Overzichtcache cache, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)] public Overzichtfilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string formaat)
    {
        formaat = formaat.ToLowerInvariant();
        if (formaat is not ("csv" or "xlsx")) return NotFound();
        var lijst = new Overzichtlijst(db, workflows, cache, klok);
        var regels = await lijst.RegelsAsync(lijst.Gefilterd(Filter), Filter);
        var naam = $"voorstellen-{lijst.Vandaag:yyyy-MM-dd}.{formaat}";
        return formaat == "csv"
            ? File(Overzichtexport.Csv(regels), "text/csv; charset=utf-8", naam)
            : File(Overzichtexport.Xlsx(regels), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", naam);
    }
}

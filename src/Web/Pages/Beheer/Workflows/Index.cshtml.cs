using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Beheer.Workflows;

/// <summary>Every workflow definition per family with its versions, who stored each, and the cases running on it.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel(WorkflowBeheer beheer) : PageModel
{
    /// <summary>Per family, per definition its versions, highest first (the one new cases start on).</summary>
    public IReadOnlyList<IGrouping<string, IGrouping<string, WorkflowBeheer.Versieregel>>> Families { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versies = await beheer.VersiesAsync(ct);
        Families = [.. versies.GroupBy(v => v.Naam).GroupBy(d => d.First().Familie).OrderBy(f => f.Key)];
    }
}

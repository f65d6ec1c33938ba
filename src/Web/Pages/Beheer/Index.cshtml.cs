using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Beheer;

[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Account;

public sealed class GeweigerdModel : PageModel
{
    public void OnGet() { }
}

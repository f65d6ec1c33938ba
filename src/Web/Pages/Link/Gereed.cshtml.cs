using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Link;

/// <summary>Where a used link lands: a thank-you without any detail of the proposal.</summary>
[AllowAnonymous]
public sealed class GereedModel : PageModel
{
    public void OnGet() { }
}

using Besluitvorming.Web.Kalenders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Beheer.Vergaderkalender;

/// <summary>The old address of the meeting calendar: it moved to /Vergaderingen, where the bestuurssecretariaat keeps it too.</summary>
[Authorize(Roles = Vergaderplanning.Beheerders)]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Vergaderingen/Index", new { Van = Van?.ToString("yyyy-MM-dd") });

    public IActionResult OnPost() => OnGet();
}

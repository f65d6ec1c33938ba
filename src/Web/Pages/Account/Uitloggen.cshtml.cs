using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Account;

/// <summary>Signing out is a POST: a link (or a mail scanner) must not sign anyone out.</summary>
public sealed class UitloggenModel(SignInManager<Gebruiker> aanmelden) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await aanmelden.SignOutAsync();
        return RedirectToPage();
    }
}

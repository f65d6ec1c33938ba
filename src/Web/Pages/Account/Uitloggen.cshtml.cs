using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Account;

/// <summary>
/// Signing out is a POST: a link (or a mail scanner) must not sign anyone out. It changes the account's security
/// stamp, which every request checks, so the session cookie (and any copy of it) stops working; the account's
/// sessions in other browsers end with it.
/// </summary>
public sealed class UitloggenModel(SignInManager<Gebruiker> aanmelden) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await aanmelden.UserManager.GetUserAsync(User) is { } gebruiker)
            await aanmelden.UserManager.UpdateSecurityStampAsync(gebruiker);
        await aanmelden.SignOutAsync();
        return RedirectToPage();
    }
}

using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;

namespace Besluitvorming.Web.Pages.Account;

/// <summary>
/// Signing out is a POST: a link (or a mail scanner) must not sign anyone out. It changes the account's security
/// stamp, which every request checks, so the session cookie (and any copy of it) stops working; the account's
/// sessions in other browsers end with it. A session that came through single sign-on also ends at the provider.
/// </summary>
public sealed class UitloggenModel(SignInManager<Gebruiker> aanmelden, IOptions<SsoOptions> sso, OpenIddictClientService client,
    ILogger<UitloggenModel> logger) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var idToken = await HttpContext.GetTokenAsync(IdentityConstants.ApplicationScheme, SsoAanmelding.IdToken);
        if (await aanmelden.UserManager.GetUserAsync(User) is { } gebruiker)
            await aanmelden.UserManager.UpdateSecurityStampAsync(gebruiker);
        await aanmelden.SignOutAsync();
        if (await SsoEndpoints.UitloggenBijProviderAsync(idToken, sso, client, logger, HttpContext.RequestAborted) is { } bijProvider)
            return SignOut(bijProvider, OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}

using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Server.AspNetCore;

namespace Besluitvorming.Web.Pages.Connect;

/// <summary>
/// The end-session endpoint after OpenIddict has checked the request (a post_logout_redirect_uri must be registered
/// for the client exactly). A GET asks; the POST signs the user out of the app and sends them back to the client.
/// </summary>
[AllowAnonymous]
public sealed class EndsessionModel(SignInManager<Gebruiker> aanmelden) : PageModel
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public IActionResult OnGet()
    {
        var verzoek = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenIddict-verzoek.");
        Parameters = Autorisatieserver.FormulierVoorClient(HttpContext, verzoek.PostLogoutRedirectUri);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await aanmelden.SignOutAsync();
        // OpenIddict redirects to the validated post_logout_redirect_uri (with state), or to "/" when none was given.
        return SignOut(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/" },
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}

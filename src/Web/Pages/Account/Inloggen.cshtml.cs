using System.ComponentModel.DataAnnotations;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Account;

public sealed class InloggenModel(SignInManager<Gebruiker> aanmelden, BesluitvormingDbContext db, IWebHostEnvironment env) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
    public string? Gebruikersnaam { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
    public string? Wachtwoord { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string DemoWachtwoord => DatabaseInitialisatie.DemoWachtwoord;
    public List<(string Gebruikersnaam, string Naam, string Rollen)> Demoaccounts { get; private set; } = [];

    public async Task OnGetAsync() => await LaadDemoAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var resultaat = await aanmelden.PasswordSignInAsync(Gebruikersnaam!, Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
            if (resultaat.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            ModelState.AddModelError(string.Empty, resultaat.IsLockedOut
                ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw."
                : "De combinatie van gebruikersnaam en wachtwoord is onjuist.");
        }
        await LaadDemoAsync();
        return Page();
    }

    private async Task LaadDemoAsync()
    {
        if (!env.IsDevelopment()) return;
        var rijen = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { u.UserName, u.Naam, Rol = r.Name! }).ToListAsync();
        Demoaccounts = rijen.GroupBy(r => (r.UserName!, r.Naam))
            .Select(g => (g.Key.Item1, g.Key.Naam, string.Join(", ", g.Select(x => Rollen.Naam(x.Rol)).Order())))
            .OrderBy(a => a.Item1).ToList();
    }
}

using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>Accounts in the app's own database, read and made through Identity (each call a scope of its own).</summary>
public static class SsoAccounts
{
    public static async Task MaakAsync(BesluitvormingFabriek app, string gebruikersnaam, string email, params string[] rollen)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = gebruikersnaam, Email = email, EmailConfirmed = true, Naam = gebruikersnaam };
        (await gebruikers.CreateAsync(gebruiker, TestKlant.Wachtwoord)).Succeeded.ShouldBeTrue();
        if (rollen.Length > 0) (await gebruikers.AddToRolesAsync(gebruiker, rollen)).Succeeded.ShouldBeTrue();
    }

    /// <summary>Someone who left: the beheerder made the account inactive.</summary>
    public static async Task MaakInactiefAsync(BesluitvormingFabriek app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = (await gebruikers.FindByEmailAsync(email)).ShouldNotBeNull();
        gebruiker.Actief = false;
        (await gebruikers.UpdateAsync(gebruiker)).Succeeded.ShouldBeTrue();
    }

    public static async Task<(Gebruiker? Gebruiker, IList<string> Rollen, IList<UserLoginInfo> Koppelingen)> LeesAsync(
        BesluitvormingFabriek app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = await gebruikers.FindByEmailAsync(email);
        if (gebruiker is null) return (null, [], []);
        return (gebruiker, await gebruikers.GetRolesAsync(gebruiker), await gebruikers.GetLoginsAsync(gebruiker));
    }
}

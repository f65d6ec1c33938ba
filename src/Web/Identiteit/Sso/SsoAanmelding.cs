using System.Security.Claims;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>
/// Signs in the person the provider vouched for. The external identity is an Identity login (issuer as provider,
/// subject as key, AspNetUserLogins): found by that link, or on the first sign-in linked to the account with the same
/// e-mail address (never when the provider says the address is unverified), or, when <c>Sso:AutomatischAanmaken</c>
/// is on, to a new account without roles. Roles stay the app's: only roles named in <c>Sso:Groepen</c> follow the
/// group claim, at every sign-in.
/// </summary>
public sealed class SsoAanmelding(SignInManager<Gebruiker> aanmelden, IOptions<SsoOptions> opties, ILogger<SsoAanmelding> logger)
{
    /// <summary>The provider's id_token, kept in the session cookie for the sign-out at the provider.</summary>
    public const string IdToken = "sso_id_token";

    public async Task<SsoUitkomst> MeldAanAsync(ClaimsPrincipal extern_, string? idToken)
    {
        var sso = opties.Value;
        var gebruikers = aanmelden.UserManager;
        if (extern_.FindFirst(Claims.Subject) is not { Value.Length: > 0 } subject) return SsoUitkomst.Mislukt;
        var issuer = subject.Issuer;

        var gebruiker = await gebruikers.FindByLoginAsync(issuer, subject.Value);
        if (gebruiker is null)
        {
            var email = extern_.FindFirst(sso.EmailClaim)?.Value;
            if (string.IsNullOrWhiteSpace(email)) return SsoUitkomst.GeenEmail;
            // Providers that let users type their own address say whether it was verified; Entra ID and ADFS say nothing.
            if (bool.TryParse(extern_.FindFirst(Claims.EmailVerified)?.Value, out var bevestigd) && !bevestigd)
                return SsoUitkomst.EmailNietBevestigd;
            gebruiker = await gebruikers.FindByEmailAsync(email);
            if (gebruiker is null)
            {
                if (!sso.AutomatischAanmaken) return SsoUitkomst.GeenAccount;
                gebruiker = await MaakAanAsync(extern_, email);
                if (gebruiker is null) return SsoUitkomst.NietAangemaakt;
            }
            else if (!await MagAanmeldenAsync(gebruiker)) return SsoUitkomst.Geweigerd;
            var koppeling = await gebruikers.AddLoginAsync(gebruiker, new UserLoginInfo(issuer, subject.Value, sso.Weergavenaam));
            if (!koppeling.Succeeded)
            {
                logger.LogWarning("Koppelen van {Issuer} aan account {Gebruiker} mislukt: {Fouten}", issuer, gebruiker.UserName,
                    string.Join("; ", koppeling.Errors.Select(e => e.Description)));
                return SsoUitkomst.Mislukt;
            }
            logger.LogInformation("Account {Gebruiker} gekoppeld aan {Issuer}", gebruiker.UserName, issuer);
        }
        if (!await MagAanmeldenAsync(gebruiker)) return SsoUitkomst.Geweigerd;

        await VolgGroepenAsync(gebruiker, extern_);
        var eigenschappen = new AuthenticationProperties();
        if (idToken is not null) eigenschappen.StoreTokens([new AuthenticationToken { Name = IdToken, Value = idToken }]);
        await aanmelden.SignInAsync(gebruiker, eigenschappen, authenticationMethod: "sso");
        return SsoUitkomst.Aangemeld;
    }

    private async Task<bool> MagAanmeldenAsync(Gebruiker gebruiker) =>
        await aanmelden.CanSignInAsync(gebruiker) && !await aanmelden.UserManager.IsLockedOutAsync(gebruiker);

    private async Task<Gebruiker?> MaakAanAsync(ClaimsPrincipal extern_, string email)
    {
        var sso = opties.Value;
        var naam = extern_.FindFirst(sso.GebruikersnaamClaim)?.Value is { Length: > 0 } n ? n : email;
        var gebruiker = new Gebruiker
        {
            UserName = naam,
            Email = email,
            EmailConfirmed = true,
            Naam = extern_.FindFirst(Claims.Name)?.Value is { Length: > 0 } volledig ? volledig : naam,
        };
        var resultaat = await aanmelden.UserManager.CreateAsync(gebruiker);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Account {Gebruiker} aangemaakt bij de eerste aanmelding via single sign-on", naam);
            return gebruiker;
        }
        logger.LogWarning("Account {Gebruiker} aanmaken mislukt: {Fouten}", naam, string.Join("; ", resultaat.Errors.Select(e => e.Description)));
        return null;
    }

    /// <summary>Adds and removes only the roles <c>Sso:Groepen</c> names; every other role is the beheerder's.</summary>
    private async Task VolgGroepenAsync(Gebruiker gebruiker, ClaimsPrincipal extern_)
    {
        var sso = opties.Value;
        if (string.IsNullOrWhiteSpace(sso.Groepclaim) || sso.Groepen.Count == 0) return;
        var groepen = extern_.FindAll(sso.Groepclaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gebruikers = aanmelden.UserManager;
        var huidig = await gebruikers.GetRolesAsync(gebruiker);
        var gewenst = sso.Groepen.GroupBy(g => g.Rol).ToDictionary(g => g.Key, g => g.Any(x => groepen.Contains(x.Groep)));
        var erbij = gewenst.Where(r => r.Value && !huidig.Contains(r.Key)).Select(r => r.Key).ToList();
        var eraf = gewenst.Where(r => !r.Value && huidig.Contains(r.Key)).Select(r => r.Key).ToList();
        if (erbij.Count > 0) await gebruikers.AddToRolesAsync(gebruiker, erbij);
        if (eraf.Count > 0) await gebruikers.RemoveFromRolesAsync(gebruiker, eraf);
        if (erbij.Count + eraf.Count > 0)
            logger.LogInformation("Rollen van {Gebruiker} volgen de groepen: erbij {Erbij}, eraf {Eraf}", gebruiker.UserName, erbij, eraf);
    }
}

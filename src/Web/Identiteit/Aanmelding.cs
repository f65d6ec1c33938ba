using System.Security.Cryptography;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Besluitvorming.Web.Identiteit;

/// <summary>
/// Signs in with a name and password. Every failure (unknown name, wrong password, locked account, not allowed)
/// is the same plain "no" and costs the same work, one password hash: neither the answer nor its timing tells
/// whether an account exists or is locked. Identity alone answers an unknown name or a locked account without
/// hashing, which is what made them measurably faster.
/// </summary>
public sealed class Aanmelding(SignInManager<Gebruiker> aanmelden, IPasswordHasher<Gebruiker> hasher)
{
    // A hash of a random password made with the app's own hasher (same algorithm and iteration count), checked
    // whenever there is no real hash to check.
    private static string? _schijnhash;

    public async Task<bool> MeldAanAsync(string gebruikersnaam, string wachtwoord)
    {
        var gebruikers = aanmelden.UserManager;
        var gebruiker = await gebruikers.FindByNameAsync(gebruikersnaam);
        if (gebruiker is null || !await aanmelden.CanSignInAsync(gebruiker) || await gebruikers.IsLockedOutAsync(gebruiker))
        {
            ControleerSchijnbaar(gebruiker ?? new Gebruiker(), wachtwoord);
            return false;
        }
        var resultaat = await aanmelden.PasswordSignInAsync(gebruiker, wachtwoord, isPersistent: false, lockoutOnFailure: true);
        return resultaat.Succeeded;
    }

    private void ControleerSchijnbaar(Gebruiker gebruiker, string wachtwoord)
    {
        _schijnhash ??= hasher.HashPassword(gebruiker, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(gebruiker, _schijnhash, wachtwoord);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Identiteit;

/// <summary>
/// The throttle on login attempts per client address, and the account lockout behind it. The throttle slows a
/// guesser down; the lockout is high enough that a stranger cannot lock someone else's account with a few tries.
/// </summary>
public sealed class InloggenOptions
{
    public const string Sectie = "Inloggen";

    /// <summary>Login posts one client address may make per <see cref="Venster"/>; the next gets HTTP 429.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Inloggen:PogingenPerClient moet ten minste 1 zijn.")]
    public int PogingenPerClient { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Inloggen:Venster moet tussen 1 seconde en 1 dag liggen.")]
    public TimeSpan Venster { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed logins in a row after which an account is locked for <see cref="Blokkeerduur"/>.</summary>
    [Range(1, 1000, ErrorMessage = "Inloggen:MaxMislukt moet tussen 1 en 1000 liggen.")]
    public int MaxMislukt { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Inloggen:Blokkeerduur moet tussen 1 seconde en 1 dag liggen.")]
    public TimeSpan Blokkeerduur { get; set; } = TimeSpan.FromMinutes(15);
}

namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// The words a traject transition's <c>mail</c> list may use: who hears of the step it moves to. A transition with no
/// list sends <see cref="Standaard"/>; <see cref="Geen"/> sends nothing. Nobody is mailed about their own action.
/// </summary>
public static class Trajectmails
{
    /// <summary>The owner of the step the transition opens gets the step, its deadline and a personal link.</summary>
    public const string Eigenaar = "eigenaar";
    /// <summary>The projectleider hears that the step was completed, skipped, sent back or decided.</summary>
    public const string Projectleider = "projectleider";
    public const string Geen = "geen";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Eigenaar, Projectleider, Geen };

    public static readonly IReadOnlyList<string> Standaard = [Eigenaar, Projectleider];

    /// <summary>What the transition sends: its own list, or the default when it has none.</summary>
    public static IReadOnlyList<string> Van(OvergangDefinitie? overgang) =>
        overgang is null || overgang.Mail.Count == 0 ? Standaard : overgang.Mail;
}

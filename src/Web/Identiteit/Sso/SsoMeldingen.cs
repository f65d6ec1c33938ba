namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>What the login page says after a refused sign-in through the provider (<c>?sso=...</c>).</summary>
public static class SsoMeldingen
{
    public static string? Melding(string? uitkomst, string provider) =>
        Enum.TryParse<SsoUitkomst>(uitkomst, ignoreCase: true, out var u) ? Melding(u, provider) : null;

    public static string? Melding(SsoUitkomst uitkomst, string provider) => uitkomst switch
    {
        SsoUitkomst.Mislukt => $"Inloggen met {provider} is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, neem contact op met de beheerder.",
        SsoUitkomst.Onbereikbaar => $"{provider} is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.",
        SsoUitkomst.GeenAccount => $"U bent bij {provider} bekend, maar er is in Besluitvorming geen account met uw e-mailadres. "
            + "Vraag de beheerder om een account voor u aan te maken.",
        SsoUitkomst.GeenEmail => $"{provider} gaf geen e-mailadres door, en daarmee vinden we uw account. Neem contact op met de beheerder.",
        SsoUitkomst.EmailNietBevestigd => $"Uw e-mailadres is bij {provider} nog niet bevestigd. Bevestig het daar en probeer het opnieuw.",
        SsoUitkomst.NietAangemaakt => "Er kon geen account voor u worden aangemaakt. Neem contact op met de beheerder.",
        SsoUitkomst.Geweigerd => "U kunt niet inloggen: uw account is niet (meer) actief of tijdelijk geblokkeerd. Neem contact op met de beheerder.",
        _ => null,
    };

    public const string WachtwoordUit = "Inloggen met een wachtwoord is uitgeschakeld. Gebruik de knop hieronder.";
}

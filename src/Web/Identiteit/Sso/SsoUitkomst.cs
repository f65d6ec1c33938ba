namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>How a sign-in through the provider ended; the login page turns each refusal into a Dutch message (<see cref="SsoMeldingen"/>).</summary>
public enum SsoUitkomst
{
    Aangemeld,
    /// <summary>The callback itself was refused: tampered or replayed state, wrong nonce, an error from the provider.</summary>
    Mislukt,
    /// <summary>The provider could not be reached (or its discovery document was not valid) when the sign-in started.</summary>
    Onbereikbaar,
    GeenAccount,
    GeenEmail,
    EmailNietBevestigd,
    NietAangemaakt,
    /// <summary>The account exists but may not sign in (inactive or locked).</summary>
    Geweigerd,
}

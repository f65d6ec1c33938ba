using System.ComponentModel.DataAnnotations;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>
/// Single sign-on with the municipality's own OpenID Connect provider (section <c>Sso</c>): Entra ID, ADFS, Keycloak or
/// any standard provider, as a confidential client (authorization code with PKCE). Off by default: the embedded
/// installation and the demo sign in with local passwords.
/// </summary>
public sealed class SsoOptions : IValidatableObject
{
    public const string Sectie = "Sso";

    public bool Ingeschakeld { get; set; }

    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://sso.gemeente.nl/realms/gemeente.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Scopes besides <c>openid</c> (always asked).</summary>
    public List<string> Scopes { get; set; } = ["profile", "email"];

    /// <summary>Claim with the username for an account made on first sign-in.</summary>
    public string GebruikersnaamClaim { get; set; } = "preferred_username";

    /// <summary>Claim with the e-mail address that links the external identity to an existing account.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>Name of the provider as staff know it: the button says "Inloggen met ...".</summary>
    public string Weergavenaam { get; set; } = "uw gemeenteaccount";

    /// <summary>Whether a first sign-in without an account with that e-mail makes one (without roles unless mapped).</summary>
    public bool AutomatischAanmaken { get; set; }

    /// <summary>Off: the login page only offers single sign-on and refuses every password.</summary>
    public bool LokaleWachtwoorden { get; set; } = true;

    /// <summary>Claim with the user's groups (e.g. <c>groups</c>); with <see cref="Groepen"/> it sets roles at every sign-in.</summary>
    public string? Groepclaim { get; set; }

    public List<SsoGroep> Groepen { get; set; } = [];

    /// <summary>Allowed only in Development and Testing (<see cref="SsoExtensions"/>): a provider on plain HTTP.</summary>
    public bool IsHttp => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!LokaleWachtwoorden && !Ingeschakeld)
            yield return Fout("staat uit terwijl Sso:Ingeschakeld ook uit staat: dan kan niemand meer inloggen.", nameof(LokaleWachtwoorden));
        if (!Ingeschakeld) yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http")
            || authority.Query.Length > 0 || authority.Fragment.Length > 0)
            yield return Fout("vul het adres (issuer) van de identity provider in, bijvoorbeeld https://login.microsoftonline.com/<tenant>/v2.0.", nameof(Authority));
        if (string.IsNullOrWhiteSpace(ClientId))
            yield return Fout("vul de client-id in die de identity provider voor deze app heeft geregistreerd.", nameof(ClientId));
        if (string.IsNullOrWhiteSpace(ClientSecret))
            yield return Fout("vul het clientgeheim in dat bij Sso:ClientId hoort (uit een geheim of omgevingsvariabele, niet uit appsettings.json).", nameof(ClientSecret));
        if (string.IsNullOrWhiteSpace(EmailClaim))
            yield return Fout("vul de claim in met het e-mailadres (meestal email; bij ADFS vaak upn).", nameof(EmailClaim));
        if (string.IsNullOrWhiteSpace(GebruikersnaamClaim))
            yield return Fout("vul de claim in met de gebruikersnaam (meestal preferred_username).", nameof(GebruikersnaamClaim));
        if (string.IsNullOrWhiteSpace(Weergavenaam))
            yield return Fout("vul de naam in die medewerkers op de knop 'Inloggen met ...' zien.", nameof(Weergavenaam));
        if (Groepen.Count > 0 && string.IsNullOrWhiteSpace(Groepclaim))
            yield return Fout("vul de claim met groepen in (bijvoorbeeld groups): Sso:Groepen koppelt groepen aan rollen.", nameof(Groepclaim));
        for (var i = 0; i < Groepen.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Groepen[i].Groep))
                yield return Fout("vul de naam of id van de groep in.", $"{nameof(Groepen)}:{i}:{nameof(SsoGroep.Groep)}");
            if (!Rollen.Gebruikersrollen.Contains(Groepen[i].Rol))
                yield return Fout($"'{Groepen[i].Rol}' is geen rol; kies uit {string.Join(", ", Rollen.Gebruikersrollen)}.",
                    $"{nameof(Groepen)}:{i}:{nameof(SsoGroep.Rol)}");
        }
    }

    private static ValidationResult Fout(string bericht, string sleutel) => new(bericht, [sleutel]);
}

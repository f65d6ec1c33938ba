using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Api;

/// <summary>
/// Settings of the API for Woo platforms (section <c>Api</c>): who answers for the besluiten, token lifetime, the
/// per-client rate limit, the certificates that sign and encrypt access tokens outside Development/Testing, and the
/// registered API clients from configuration (the beheerder registers more on /Beheer/Api).
/// </summary>
public sealed class ApiOptions
{
    public const string Sectie = "Api";

    /// <summary>
    /// RSIN (or other identifier) of the gemeente: <c>verantwoordelijkeOrganisatie</c> of every besluit. Required once
    /// a client is registered (checked on start).
    /// </summary>
    public string VerantwoordelijkeOrganisatie { get; set; } = "";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Api:TokenLevensduur ligt tussen 1 minuut en 1 dag.")]
    public TimeSpan TokenLevensduur { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a refresh token (authorization code flow with offline_access) holds; each use gives a new one.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "moet tussen 1 uur en 365 dagen liggen.")]
    public TimeSpan VernieuwingstokenLevensduur { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a used refresh token may still be used again (a client whose answer got lost); 0, the default, refuses
    /// every second use at once and revokes the tokens of that consent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "moet tussen 0 en 1 minuut liggen.")]
    public TimeSpan VernieuwingstokenMarge { get; set; } = TimeSpan.Zero;

    /// <summary>Tokens and consents that no longer hold are removed (daily) once they are older than this.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "moet tussen 1 uur en 365 dagen liggen.")]
    public TimeSpan OpruimenNa { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Requests one client may make per <see cref="Venster"/>; more get 429.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Api:Verzoeken ligt tussen 1 en 1000000.")]
    public int Verzoeken { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Api:Venster ligt tussen 1 seconde en 1 dag.")]
    public TimeSpan Venster { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>PKCS#12 file (path) with private key that signs access tokens; required outside Development/Testing.</summary>
    public string? Ondertekeningscertificaat { get; set; }
    public string? OndertekeningscertificaatWachtwoord { get; set; }

    /// <summary>PKCS#12 file (path) with private key that encrypts access tokens; required outside Development/Testing.</summary>
    public string? Versleutelingscertificaat { get; set; }
    public string? VersleutelingscertificaatWachtwoord { get; set; }

    public List<ApiClient> Clients { get; set; } = [];
}

/// <summary>One API client (client credentials): its id, its secret and the scopes it may ask for.</summary>
public sealed class ApiClient
{
    public string ClientId { get; set; } = "";
    public string Naam { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
}

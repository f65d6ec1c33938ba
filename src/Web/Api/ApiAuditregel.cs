namespace Besluitvorming.Web.Api;

/// <summary>
/// One line of the API's audit log, read by the beheerder on /Beheer/Api/Auditlog: a token issued (grant type and
/// scopes) or a write (method, path, status). Never a token or a secret. Rows are only added.
/// </summary>
public sealed class ApiAuditregel
{
    public const int Kort = 100;
    public const int Lang = 500;

    public long Id { get; private set; }
    /// <summary>From the app's clock (UTC).</summary>
    public DateTime Tijdstip { get; private set; }
    public ApiAuditsoort Soort { get; private set; }
    public string ClientId { get; private set; } = "";
    /// <summary>Whom the token acts for: the user's id, or the client's own id for client credentials.</summary>
    public string? Subject { get; private set; }
    public string? GrantType { get; private set; }
    /// <summary>Which kinds were issued (access_token, refresh_token, authorization_code, id_token), never the tokens.</summary>
    public string? Tokens { get; private set; }
    public string? Scopes { get; private set; }
    public string? Methode { get; private set; }
    public string? Pad { get; private set; }
    public int? Status { get; private set; }
    /// <summary>The proposal a write created: the client that created a draft may read it (VoorstellenApi).</summary>
    public int? VoorstelId { get; private set; }
    public string? CorrelatieId { get; private set; }

    private ApiAuditregel() { }

    public static ApiAuditregel TokenUitgegeven(DateTime tijdstip, string clientId, string? subject, string? grantType,
        IEnumerable<string> tokens, IEnumerable<string> scopes, string? correlatieId) => new()
    {
        Tijdstip = tijdstip, Soort = ApiAuditsoort.TokenUitgegeven, ClientId = Knip(clientId, Kort)!, Subject = Knip(subject, Lang),
        GrantType = Knip(grantType, Kort), Tokens = Knip(string.Join(' ', tokens), Kort), Scopes = Knip(string.Join(' ', scopes), Lang), CorrelatieId = Knip(correlatieId, Kort),
    };

    public static ApiAuditregel Schrijfactie(DateTime tijdstip, string clientId, string? subject, string methode, string pad,
        int status, int? voorstelId, string? correlatieId) => new()
    {
        Tijdstip = tijdstip, Soort = ApiAuditsoort.ApiSchrijfactie, ClientId = Knip(clientId, Kort)!, Subject = Knip(subject, Lang),
        Methode = Knip(methode, 10), Pad = Knip(pad, Lang), Status = status, VoorstelId = voorstelId, CorrelatieId = Knip(correlatieId, Kort),
    };

    private static string? Knip(string? tekst, int lengte) => tekst is { Length: > 0 } t && t.Length > lengte ? t[..lengte] : tekst;
}

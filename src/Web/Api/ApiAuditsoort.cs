namespace Besluitvorming.Web.Api;

/// <summary>What an audit row records: a token the server issued, or a write through the API.</summary>
public enum ApiAuditsoort
{
    TokenUitgegeven = 1,
    ApiSchrijfactie = 2,
}

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// Keeps cookies by hand, so a test can read every Set-Cookie as the server wrote it (Secure included), copy a
/// cookie to another client, and still send a Secure cookie back over the plain HTTP of a test server.
/// </summary>
public sealed class CookieBewaarder : DelegatingHandler
{
    public Dictionary<string, string> Cookies { get; } = [];

    /// <summary>Every Set-Cookie header received, in order.</summary>
    public List<string> Ontvangen { get; } = [];

    /// <summary>Headers sent with every request, e.g. what a proxy in front of the app adds.</summary>
    public Dictionary<string, string> ExtraKoppen { get; } = [];

    public CookieBewaarder() { }

    public CookieBewaarder(HttpMessageHandler binnen) : base(binnen) { }

    /// <summary>The last Set-Cookie for a cookie name.</summary>
    public string SetCookie(string naam) => Ontvangen.Last(c => c.StartsWith(naam + "=", StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        foreach (var (naam, waarde) in ExtraKoppen) request.Headers.TryAddWithoutValidation(naam, waarde);
        if (Cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        var antwoord = await base.SendAsync(request, cancellationToken);
        if (antwoord.Headers.TryGetValues("Set-Cookie", out var regels))
        {
            foreach (var regel in regels)
            {
                Ontvangen.Add(regel);
                var paar = regel.Split(';')[0];
                var naam = paar[..paar.IndexOf('=')];
                var waarde = paar[(paar.IndexOf('=') + 1)..];
                var verlopen = regel.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (verlopen || waarde.Length == 0) Cookies.Remove(naam);
                else Cookies[naam] = waarde;
            }
        }
        return antwoord;
    }

    public static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Skip(1).Any(d => d.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
}

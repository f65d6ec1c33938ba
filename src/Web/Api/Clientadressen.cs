namespace Besluitvorming.Web.Api;

/// <summary>
/// The redirect URIs a beheerder enters for a client, one per line: absolute, https (http only for a client on the
/// user's own machine: localhost, 127.0.0.1, [::1]), without a fragment. OpenIddict compares them exactly.
/// </summary>
public static class Clientadressen
{
    public static List<Uri> Lees(string? invoer, out string? fout)
    {
        fout = null;
        var adressen = new List<Uri>();
        foreach (var regel in (invoer ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(regel, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
                fout = $"{regel} is geen volledig adres: begin met https://.";
            else if (uri.Scheme == "http" && !uri.IsLoopback)
                fout = $"{regel} gebruikt http: dat mag alleen voor localhost; gebruik https.";
            else if (uri.Fragment.Length > 0)
                fout = $"{regel} bevat een #-deel; dat mag niet in een redirect-URI.";
            else if (regel.Length > 2000)
                fout = "Een redirect-URI is te lang: ten hoogste 2000 tekens.";
            if (fout is not null) return [];
            if (!adressen.Contains(uri)) adressen.Add(uri);
        }
        return adressen;
    }
}

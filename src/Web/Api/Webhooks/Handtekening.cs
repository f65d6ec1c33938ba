using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// The signature header of a delivery: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c> with the
/// subscription's secret. The time is signed too, so a receiver can refuse an old message replayed.
/// </summary>
public static class Handtekening
{
    public const string Header = "Besluitvorming-Handtekening";
    public const string GebeurtenisHeader = "Besluitvorming-Gebeurtenis-Id";
    public const string KanaalHeader = "Besluitvorming-Kanaal";

    public static string Maak(string geheim, long unixSeconden, string inhoud)
    {
        var t = unixSeconden.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), Encoding.UTF8.GetBytes($"{t}.{inhoud}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Api;

/// <summary>What every API resource answers with: absolute addresses, ETags, and query values read as text (a wrong value is a Dutch 400).</summary>
public static class ApiAntwoord
{
    public static string Adres(HttpContext http, string pad) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{pad}";

    /// <summary>The body's hash is its ETag; a client that sends it back in If-None-Match gets 304 and no body.</summary>
    public static IResult MetEtag<T>(HttpContext http, T inhoud)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(inhoud, json);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.Vary = "Authorization";
        var bekend = http.Request.Headers.IfNoneMatch.SelectMany(h => (h ?? "").Split(',')).Select(h => h.Trim())
            .Any(h => h == "*" || h == etag || h == "W/" + etag);
        return bekend ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, "application/json");
    }

    public static int Getal(string? tekst, int standaard, int min, int max, string veld, string fout, Dictionary<string, string[]> fouten)
    {
        if (tekst is null) return standaard;
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        fouten[veld] = [fout];
        return standaard;
    }

    public static DateOnly? Datum(string? tekst, string veld, Dictionary<string, string[]> fouten)
    {
        if (tekst is null) return null;
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        fouten[veld] = [$"{char.ToUpperInvariant(veld[0])}{veld[1..]} is een datum als jjjj-mm-dd."];
        return null;
    }

    /// <summary>The next and previous page of a list, with the same filters; null past either end.</summary>
    public static (string? Volgende, string? Vorige) Paginas(HttpContext http, string pad, int nr, int grootte, long totaal,
        IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var vast = filters.Where(kv => kv.Value is not null).ToList();
        string Pagina(int p) => Adres(http, pad + QueryString.Create(vast.Prepend(new("paginagrootte", grootte.ToString(CultureInfo.InvariantCulture)))
            .Prepend(new("pagina", p.ToString(CultureInfo.InvariantCulture)))));
        return ((long)nr * grootte < totaal ? Pagina(nr + 1) : null, nr > 1 ? Pagina(nr - 1) : null);
    }

    public const int MaxPaginagrootte = 100;
    public const int StandaardPaginagrootte = 20;

    /// <summary>The page number (from 1) and size (1 to <see cref="MaxPaginagrootte"/>) of a list request; a wrong value is an error per parameter.</summary>
    public static (int Nr, int Grootte) Paginering(string? pagina, string? paginagrootte, Dictionary<string, string[]> fouten) => (
        Getal(pagina, 1, 1, int.MaxValue, nameof(pagina), "Pagina is een geheel getal vanaf 1.", fouten),
        Getal(paginagrootte, StandaardPaginagrootte, 1, MaxPaginagrootte, nameof(paginagrootte),
            $"Paginagrootte is een geheel getal van 1 tot en met {MaxPaginagrootte}.", fouten));

    /// <summary>How many rows come before page <paramref name="nr"/> (no overflow for a huge page number).</summary>
    public static int Overslaan(int nr, int grootte) => (int)Math.Min((long)(nr - 1) * grootte, int.MaxValue);
}

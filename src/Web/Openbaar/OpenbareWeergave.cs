using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Besluitvorming.Web.Openbaar;

/// <summary>What every public response shares: the cache header, the date format, the site's own address.</summary>
public static class OpenbareWeergave
{
    private static readonly CultureInfo Nl = new("nl-NL");

    /// <summary>
    /// Public and the same for everyone: caches may keep it five minutes. A decision once published stays published
    /// and unchanged, so the only staleness is a new publication showing up to five minutes late.
    /// </summary>
    public static void Cachebaar(HttpResponse response) => response.Headers.CacheControl = "public, max-age=300";

    public static string Datum(DateOnly d) => d.ToString("d MMMM yyyy", Nl);

    public static string Basis(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

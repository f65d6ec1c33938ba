using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Api;

/// <summary>
/// <c>/api/v1/besluiten</c>: decided and published besluiten, read only through <see cref="OpenbareBesluiten"/> (the
/// public area's one door), shaped after the VNG ZGW Besluiten API resource. Bijlagen are the public ones, linked to
/// the public area.
/// </summary>
public static class BesluitenApi
{
    public const int MaxPaginagrootte = 100;
    public const int StandaardPaginagrootte = 20;

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/besluiten", LijstAsync).WithName("Besluiten").WithTags("Besluiten")
            .WithSummary("Gepubliceerde besluiten, nieuwste eerst")
            .WithDescription("Filters: vanaf en tot (datum van het besluit, jjjj-mm-dd), bestuursorgaan (college of raad); "
                             + $"pagina (vanaf 1) en paginagrootte (1 tot en met {MaxPaginagrootte}, standaard {StandaardPaginagrootte}).")
            .Produces<Besluitenpagina>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
        v1.MapGet("/besluiten/{identificatie}", EenAsync).WithName("Besluit").WithTags("Besluiten")
            .WithSummary("Eén gepubliceerd besluit, op zijn identificatie (registratienummer)")
            .Produces<ApiBesluit>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
    }

    private static DateOnly Vandaag(TimeProvider klok) => DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    // Query values are read as text: a wrong value is a Dutch 400 problem, never the framework's own answer.
    private static async Task<IResult> LijstAsync(HttpContext http, BesluitvormingDbContext db, TimeProvider klok,
        IOptions<ApiOptions> opties, [FromQuery] string? pagina, [FromQuery] string? paginagrootte, [FromQuery] string? vanaf,
        [FromQuery] string? tot, [FromQuery] string? bestuursorgaan, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        var nr = Getal(pagina, 1, 1, int.MaxValue, nameof(pagina), "Pagina is een geheel getal vanaf 1.", fouten);
        var grootte = Getal(paginagrootte, StandaardPaginagrootte, 1, MaxPaginagrootte, nameof(paginagrootte),
            $"Paginagrootte is een geheel getal van 1 tot en met {MaxPaginagrootte}.", fouten);
        var van = Datum(vanaf, nameof(vanaf), fouten);
        var totEnMet = Datum(tot, nameof(tot), fouten);
        if (van is { } a && totEnMet is { } b && a > b) fouten[nameof(tot)] = ["Tot ligt voor vanaf."];
        if (bestuursorgaan is not null && bestuursorgaan is not (OpenbareBesluiten.College or OpenbareBesluiten.Raad))
            fouten[nameof(bestuursorgaan)] = ["Bestuursorgaan is college of raad."];
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldige zoekvraag", detail: "Een of meer filters zijn ongeldig.");

        var (besluiten, totaal) = await OpenbareBesluiten.ZoekAsync(db, Vandaag(klok),
            new Zoekvraag(null, van, totEnMet, bestuursorgaan), (int)Math.Min((long)(nr - 1) * grootte, int.MaxValue), grootte, ct);
        string Pagina(int p) => Adres(http, "/api/v1/besluiten" + QueryString.Create(new Dictionary<string, string?>
        {
            ["pagina"] = p.ToString(CultureInfo.InvariantCulture), ["paginagrootte"] = grootte.ToString(CultureInfo.InvariantCulture),
            ["vanaf"] = vanaf, ["tot"] = tot, ["bestuursorgaan"] = bestuursorgaan,
        }.Where(kv => kv.Value is not null)));
        var resultaat = new Besluitenpagina(totaal,
            (long)nr * grootte < totaal ? Pagina(nr + 1) : null,
            nr > 1 ? Pagina(nr - 1) : null,
            besluiten.Select(b => Vorm(http, b, opties.Value)).ToList());
        return MetEtag(http, resultaat);
    }

    private static async Task<IResult> EenAsync(HttpContext http, BesluitvormingDbContext db, TimeProvider klok,
        IOptions<ApiOptions> opties, string identificatie, CancellationToken ct)
    {
        var vandaag = Vandaag(klok);
        var id = await OpenbareBesluiten.Gepubliceerd(db, vandaag).Where(v => v.Registratienummer == identificatie)
            .Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        var gevonden = id is { } i
            ? (await OpenbareBesluiten.ZoekAsync(db, vandaag, new Zoekvraag(null, null, null, null) { Id = i }, 0, 1, ct)).Besluiten
            : [];
        if (gevonden.Count == 0)
            return ApiFouten.Probleem(StatusCodes.Status404NotFound, "Niet gevonden",
                $"Er is geen gepubliceerd besluit met identificatie '{identificatie}'.");
        return MetEtag(http, Vorm(http, gevonden[0], opties.Value));
    }

    private static ApiBesluit Vorm(HttpContext http, OpenbaarBesluit b, ApiOptions opties) => new(
        Adres(http, $"/api/v1/besluiten/{Uri.EscapeDataString(b.Identificatie)}"),
        b.Identificatie,
        opties.VerantwoordelijkeOrganisatie,
        b.Bestuursorgaan == OpenbareBesluiten.Raad ? "raadsbesluit" : "collegebesluit",
        b.Onderwerp,
        b.Datum,
        b.Besluit,
        b.Bestuursorgaan,
        // A besluit takes effect once made known (Awb 3:40): its publication.
        b.Publicatiedatum,
        b.Publicatiedatum,
        b.Uitkomst,
        b.Bijlagen.Select(d => new ApiDocument(Adres(http, $"/Openbaar/Besluiten/{b.Id}/Bijlagen/{d.Id}"), d.Nr, d.Naam, d.Datum,
            d.ContentType, d.Grootte)).ToList());

    private static string Adres(HttpContext http, string pad) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{pad}";

    /// <summary>The body's hash is its ETag; a client that sends it back in If-None-Match gets 304 and no body.</summary>
    private static IResult MetEtag<T>(HttpContext http, T inhoud)
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

    private static int Getal(string? tekst, int standaard, int min, int max, string veld, string fout, Dictionary<string, string[]> fouten)
    {
        if (tekst is null) return standaard;
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        fouten[veld] = [fout];
        return standaard;
    }

    private static DateOnly? Datum(string? tekst, string veld, Dictionary<string, string[]> fouten)
    {
        if (tekst is null) return null;
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        fouten[veld] = [$"{char.ToUpperInvariant(veld[0])}{veld[1..]} is een datum als jjjj-mm-dd."];
        return null;
    }
}

/// <summary>One page of besluiten, in the ZGW list envelope (count, next, previous, results).</summary>
public sealed record Besluitenpagina(int Count, string? Next, string? Previous, IReadOnlyList<ApiBesluit> Results);

/// <summary>
/// A published besluit, after the ZGW Besluiten API resource. <c>besluittype</c> is collegebesluit or raadsbesluit,
/// <c>bestuursorgaan</c> college or raad (the body whose decision is final), <c>toelichting</c> the besluit's text.
/// </summary>
public sealed record ApiBesluit(string Url, string Identificatie, string VerantwoordelijkeOrganisatie, string Besluittype,
    string Onderwerp, DateOnly Datum, string Toelichting, string Bestuursorgaan, DateOnly Ingangsdatum, DateOnly Publicatiedatum,
    string Uitkomst, IReadOnlyList<ApiDocument> Documenten);

/// <summary>A public bijlage; <c>url</c> is its address in the public area.</summary>
public sealed record ApiDocument(string Url, int Nummer, string Titel, DateOnly Datum, string Formaat, long Bestandsomvang);

using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
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
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/besluiten", LijstAsync).WithName("Besluiten").WithTags("Besluiten")
            .WithSummary("Gepubliceerde besluiten, nieuwste eerst")
            .WithDescription("Filters: vanaf en tot (datum van het besluit, jjjj-mm-dd), bestuursorgaan (college of raad); "
                             + $"pagina (vanaf 1) en paginagrootte (1 tot en met {ApiAntwoord.MaxPaginagrootte}, standaard {ApiAntwoord.StandaardPaginagrootte}).")
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
        var (nr, grootte) = ApiAntwoord.Paginering(pagina, paginagrootte, fouten);
        var van = ApiAntwoord.Datum(vanaf, nameof(vanaf), fouten);
        var totEnMet = ApiAntwoord.Datum(tot, nameof(tot), fouten);
        if (van is { } a && totEnMet is { } b && a > b) fouten[nameof(tot)] = ["Tot ligt voor vanaf."];
        if (bestuursorgaan is not null && bestuursorgaan is not (OpenbareBesluiten.College or OpenbareBesluiten.Raad))
            fouten[nameof(bestuursorgaan)] = ["Bestuursorgaan is college of raad."];
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldige zoekvraag", detail: "Een of meer filters zijn ongeldig.");

        var (besluiten, totaal) = await OpenbareBesluiten.ZoekAsync(db, Vandaag(klok),
            new Zoekvraag(null, van, totEnMet, bestuursorgaan), ApiAntwoord.Overslaan(nr, grootte), grootte, ct);
        var (volgende, vorige) = ApiAntwoord.Paginas(http, "/api/v1/besluiten", nr, grootte, totaal,
            [new("vanaf", vanaf), new("tot", tot), new("bestuursorgaan", bestuursorgaan)]);
        var resultaat = new Besluitenpagina(totaal, volgende, vorige,
            besluiten.Select(b => Vorm(http, b, opties.Value)).ToList());
        return ApiAntwoord.MetEtag(http, resultaat);
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
        return ApiAntwoord.MetEtag(http, Vorm(http, gevonden[0], opties.Value));
    }

    private static ApiBesluit Vorm(HttpContext http, OpenbaarBesluit b, ApiOptions opties) => new(
        ApiAntwoord.Adres(http, $"/api/v1/besluiten/{Uri.EscapeDataString(b.Identificatie)}"),
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
        b.Bijlagen.Select(d => new ApiDocument(ApiAntwoord.Adres(http, $"/Openbaar/Besluiten/{b.Id}/Bijlagen/{d.Id}"), d.Nr, d.Naam, d.Datum,
            d.ContentType, d.Grootte)).ToList());
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

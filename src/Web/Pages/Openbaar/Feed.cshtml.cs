using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Openbaar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Openbaar;

/// <summary>
/// The published decisions for harvesting (a Woo platform, a raadsinformatiesysteem): /Openbaar/Feed.json and
/// /Openbaar/Feed.atom, newest publication first, <c>?pagina=</c> and <c>?aantal=</c> (at most 100, default 50), with a
/// link to the next page. Field names are Dutch and stable.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public const int Standaard = 50;
    public const int Maximaal = 100;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    // Readable Dutch (ë, &) in a response served as application/json, where escaping it serves no purpose.
    private static readonly JsonSerializerOptions JsonOpties = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<IActionResult> OnGetAsync(string formaat, int? pagina, int? aantal, CancellationToken ct)
    {
        if (formaat is not ("json" or "atom")) return NotFound();
        var p = Math.Clamp(pagina ?? 1, 1, 100_000);
        var n = Math.Clamp(aantal ?? Standaard, 1, Maximaal);
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var (besluiten, totaal) = await OpenbareBesluiten.ZoekAsync(db, vandaag, new Zoekvraag(null, null, null, null),
            (p - 1) * n, n, ct, nieuwstePublicatieEerst: true);
        var basis = OpenbareWeergave.Basis(Request);
        string Url(int pg) => $"{basis}/Openbaar/Feed.{formaat}?pagina={pg}&aantal={n}";
        var volgende = p * n < totaal ? Url(p + 1) : null;
        OpenbareWeergave.Cachebaar(Response);
        return formaat == "json" ? Json(besluiten, totaal, p, n, basis, Url(p), volgende) : Atomfeed(besluiten, basis, Url(p), volgende);
    }

    private ContentResult Json(IReadOnlyList<OpenbaarBesluit> besluiten, int totaal, int pagina, int aantal, string basis, string zelf, string? volgende)
    {
        var inhoud = new
        {
            titel = "Openbare besluiten",
            zelf,
            volgende,
            pagina,
            aantal,
            totaal,
            besluiten = besluiten.Select(b => new
            {
                identificatie = b.Identificatie,
                onderwerp = b.Onderwerp,
                besluit = b.Besluit,
                uitkomst = b.Uitkomst,
                bestuursorgaan = b.OrgaanNaam,
                datum = Iso(b.Datum),
                collegevergadering = Iso(b.Collegevergadering),
                publicatiedatum = Iso(b.Publicatiedatum),
                url = $"{basis}/Openbaar/Besluiten/{b.Id}",
                bijlagen = b.Bijlagen.Select(x => new
                {
                    naam = x.Naam,
                    datum = Iso(x.Datum),
                    mediatype = x.ContentType,
                    bestandsgrootte = x.Grootte,
                    url = BijlageUrl(basis, b, x),
                }),
            }),
        };
        return Content(JsonSerializer.Serialize(inhoud, JsonOpties), "application/json; charset=utf-8");
    }

    private ContentResult Atomfeed(IReadOnlyList<OpenbaarBesluit> besluiten, string basis, string zelf, string? volgende)
    {
        var bijgewerkt = besluiten.Count == 0 ? new DateOnly(2000, 1, 1) : besluiten.Max(b => b.Publicatiedatum);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"{basis}/Openbaar/Feed.atom"),
            new XElement(Atom + "title", "Openbare besluiten"),
            new XElement(Atom + "updated", Tijdstip(bijgewerkt)),
            new XElement(Atom + "author", new XElement(Atom + "name", "College van burgemeester en wethouders")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", zelf)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{basis}/Openbaar")),
            volgende is null ? null : new XElement(Atom + "link", new XAttribute("rel", "next"), new XAttribute("href", volgende)),
            besluiten.Select(b => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{basis}/Openbaar/Besluiten/{b.Id}"),
                new XElement(Atom + "title", $"{b.Identificatie} {b.Onderwerp}"),
                new XElement(Atom + "updated", Tijdstip(b.Publicatiedatum)),
                new XElement(Atom + "published", Tijdstip(b.Publicatiedatum)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                    new XAttribute("href", $"{basis}/Openbaar/Besluiten/{b.Id}")),
                new XElement(Atom + "category", new XAttribute("term", b.Bestuursorgaan), new XAttribute("label", b.OrgaanNaam)),
                new XElement(Atom + "summary", new XAttribute("type", "text"),
                    $"{b.OrgaanNaam}, {OpenbareWeergave.Datum(b.Datum)}: {b.Uitkomst}. {b.Besluit}"),
                b.Bijlagen.Select(x => new XElement(Atom + "link", new XAttribute("rel", "enclosure"), new XAttribute("type", x.ContentType),
                    new XAttribute("length", x.Grootte), new XAttribute("title", x.Naam), new XAttribute("href", BijlageUrl(basis, b, x)))))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
        return Content(document.Declaration + Environment.NewLine + document.Root, "application/atom+xml; charset=utf-8");
    }

    private static string BijlageUrl(string basis, OpenbaarBesluit b, OpenbareBijlage x) => $"{basis}/Openbaar/Besluiten/{b.Id}/Bijlagen/{x.Id}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start of that day in the municipality's time zone, as RFC 3339.</summary>
    private string Tijdstip(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokaal, klok.LocalTimeZone.GetUtcOffset(lokaal)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}

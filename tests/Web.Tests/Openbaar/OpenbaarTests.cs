using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Openbaar;

/// <summary>
/// The public area without login (/Openbaar): the published besluiten per B&amp;W meeting, a besluit with its public
/// bijlagen, search, and the JSON and Atom feeds; and nothing else, by any of its URLs. On SQLite here and on
/// PostgreSQL in <see cref="Postgres.PostgresOpenbaarTests"/>.
/// </summary>
public class OpenbaarTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly Route _route = new(fabriek);

    private static string Uniek(string tekst) => $"{tekst} {Guid.NewGuid():N}"[..(tekst.Length + 9)];

    private async Task<(HttpStatusCode Status, string Tekst)> AnoniemAsync(string url)
    {
        var antwoord = await fabriek.Klant().Http.GetAsync(url);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Een_openbaar_besluit_staat_meteen_en_zonder_inloggen_op_de_besluitenlijst_van_zijn_vergadering()
    {
        var onderwerp = Uniek("Speelplaats Oost");
        var vergadering = fabriek.Klok.Vandaag.AddDays(-1);
        var id = await Besluiten.BeslisAsync(fabriek, onderwerp, Openbaarheid.Ja, vergadering: vergadering);
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Gepubliceerd");
        v.GepubliceerdOp.ShouldBe(fabriek.Klok.Vandaag);
        v.Gebeurtenissen.ShouldContain(g => g.Soort == Triggers.Publiceren && g.NaarStatus == "Gepubliceerd");

        var klant = fabriek.Klant();
        var antwoord = await klant.Http.GetAsync("/Openbaar");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "de openbare pagina vraagt niet om in te loggen");
        antwoord.Headers.CacheControl!.Public.ShouldBeTrue();
        var lijst = await TestKlant.LeesAsync(antwoord);
        lijst.QuerySelector("nav.kop__nav").ShouldBeNull("geen menu voor medewerkers");
        var sectie = lijst.QuerySelectorAll("section.besluitenlijst")
            .Single(s => s.QuerySelector("h2")!.TextContent.Contains(vergadering.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"))));
        sectie.QuerySelector($"tr[data-besluit='{id}']")!.TextContent.ShouldContain(onderwerp);

        var (status, pagina) = await AnoniemAsync($"/Openbaar/Besluiten/{id}");
        status.ShouldBe(HttpStatusCode.OK);
        pagina.ShouldContain(v.Registratienummer!);
        pagina.ShouldContain($"Het college besluit over {onderwerp}.");
        // No staff data: not the steller, not the DT's internal decision, not the timeline.
        pagina.ShouldNotContain("Janzen");
        pagina.ShouldNotContain("Conform advies.");
        pagina.ShouldNotContain("Tijdlijn");
        (await AnoniemAsync($"/Openbaar/Besluitenlijsten/{vergadering:yyyy-MM-dd}")).Tekst.ShouldContain(onderwerp);
        // The staff page of the proposal says so and links to it.
        var intern = await (await _route.AlsAsync("steller")).PaginaAsync($"/Voorstellen/{id}");
        intern.QuerySelector("a[data-openbaar]")!.GetAttribute("href").ShouldBe($"/Openbaar/Besluiten/{id}");
    }

    [Fact]
    public async Task Niets_wat_niet_gepubliceerd_is_is_onder_een_openbare_url_te_vinden()
    {
        var gisteren = fabriek.Klok.Vandaag.AddDays(-1);
        var nietOpenbaar = await Besluiten.BeslisAsync(fabriek, Uniek("Geheim dossier"), Openbaarheid.Nee,
            bijlagen: [("Bijlage bij een geheim besluit", true)]);
        var uitgesteld = await Besluiten.BeslisAsync(fabriek, Uniek("Grondruil later"), Openbaarheid.Uitgesteld,
            openbaarNa: fabriek.Klok.Vandaag.AddDays(20), bijlagen: [("Bijlage bij een uitgesteld besluit", true)]);
        var onbesloten = await Besluiten.IngediendAsync(fabriek, Uniek("Nog niet besloten"));
        var openbaar = await Besluiten.BeslisAsync(fabriek, Uniek("Parkeerbeleid"), Openbaarheid.Ja,
            bijlagen: [("Parkeernota", true), ("Vertrouwelijke grondprijzen", false)]);
        var bijlagenDicht = await Besluiten.BeslisAsync(fabriek, Uniek("Haven"), Openbaarheid.Ja,
            bijlagen: [("Havenplan met bijlagen dicht", true)], bijlagenOpenbaar: false);

        var verborgen = new[] { nietOpenbaar, uitgesteld, onbesloten };
        var v = new Dictionary<int, Voorstel>();
        foreach (var id in verborgen.Append(openbaar).Append(bijlagenDicht)) v[id] = await _route.LaadAsync(id);
        v[nietOpenbaar].Status.ShouldBe("Besloten");
        v[uitgesteld].Status.ShouldBe("Besloten");
        var openbareBijlage = v[openbaar].Bijlagen.Single(b => b.Openbaar == true);
        var geheimeBijlage = v[openbaar].Bijlagen.Single(b => b.Openbaar == false);

        var bestaatNiet = await AnoniemAsync("/Openbaar/Besluiten/987654");
        bestaatNiet.Status.ShouldBe(HttpStatusCode.NotFound);
        var bijlageBestaatNiet = await AnoniemAsync($"/Openbaar/Besluiten/{openbaar}/Bijlagen/987654");
        var proeven = verborgen.Select(id => $"/Openbaar/Besluiten/{id}")
            .Concat(verborgen.SelectMany(id => v[id].Bijlagen.Select(b => $"/Openbaar/Besluiten/{id}/Bijlagen/{b.Id}")))
            .Append($"/Openbaar/Besluiten/{openbaar}/Bijlagen/{geheimeBijlage.Id}")
            .Append($"/Openbaar/Besluiten/{bijlagenDicht}/Bijlagen/{v[bijlagenDicht].Bijlagen.Single().Id}")
            // A public bijlage asked for under another (published or unpublished) proposal.
            .Append($"/Openbaar/Besluiten/{bijlagenDicht}/Bijlagen/{openbareBijlage.Id}")
            .Append($"/Openbaar/Besluiten/{nietOpenbaar}/Bijlagen/{openbareBijlage.Id}")
            .ToList();
        proeven.Count.ShouldBe(9);
        foreach (var url in proeven)
        {
            var (status, tekst) = await AnoniemAsync(url);
            status.ShouldBe(HttpStatusCode.NotFound, url);
            tekst.ShouldBe(bestaatNiet.Tekst, $"{url} antwoordt anders dan iets dat niet bestaat");
        }
        bijlageBestaatNiet.Tekst.ShouldBe(bestaatNiet.Tekst);
        (await AnoniemAsync($"/Openbaar/Besluiten/{openbaar}/Bijlagen/{openbareBijlage.Id}")).Status.ShouldBe(HttpStatusCode.OK);

        // Every list and feed: none of the hidden proposals by name or number, nor the non-public bijlagen.
        var lijsten = new List<string>();
        foreach (var url in new[]
                 {
                     "/Openbaar", $"/Openbaar/Besluitenlijsten/{gisteren:yyyy-MM-dd}", "/Openbaar/Feed.json?aantal=100",
                     "/Openbaar/Feed.atom?aantal=100", $"/Openbaar/Besluiten/{openbaar}", $"/Openbaar/Besluiten/{bijlagenDicht}",
                 })
        {
            var (status, tekst) = await AnoniemAsync(url);
            status.ShouldBe(HttpStatusCode.OK, url);
            lijsten.Add(tekst);
        }
        var alles = string.Join("\n", lijsten);
        alles.ShouldContain(v[openbaar].Onderwerp);
        foreach (var id in verborgen)
        {
            alles.ShouldNotContain(v[id].Onderwerp);
            alles.ShouldNotContain(v[id].Registratienummer!);
        }
        alles.ShouldNotContain("Vertrouwelijke grondprijzen");
        alles.ShouldNotContain("Havenplan met bijlagen dicht");
        alles.ShouldNotContain($"/Bijlagen/{geheimeBijlage.Id}\"");
        foreach (var id in verborgen)
            (await AnoniemAsync($"/Openbaar?Zoek={Uri.EscapeDataString(v[id].Onderwerp)}")).Tekst.ShouldContain("0 besluiten");
    }

    [Fact]
    public async Task De_json_feed_geeft_elk_gepubliceerd_besluit_met_vaste_nederlandse_velden_en_de_openbare_bijlagen()
    {
        var onderwerp = Uniek("Sportpark Zuid");
        var id = await Besluiten.BeslisAsync(fabriek, onderwerp, Openbaarheid.Ja, bijlagen: [("Inrichtingsplan", true), ("Offertes", false)]);
        var v = await _route.LaadAsync(id);

        var antwoord = await fabriek.Klant().Http.GetAsync("/Openbaar/Feed.json?aantal=100");
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        var besluiten = json.RootElement.GetProperty("besluiten").EnumerateArray().ToList();
        json.RootElement.GetProperty("totaal").GetInt32().ShouldBe(besluiten.Count);
        var b = besluiten.Single(x => x.GetProperty("identificatie").GetString() == v.Registratienummer);
        b.GetProperty("onderwerp").GetString().ShouldBe(onderwerp);
        b.GetProperty("besluit").GetString().ShouldBe($"Het college besluit over {onderwerp}.");
        b.GetProperty("uitkomst").GetString().ShouldBe("ingestemd");
        b.GetProperty("bestuursorgaan").GetString().ShouldBe("College van burgemeester en wethouders");
        b.GetProperty("datum").GetString().ShouldBe(v.Collegebesluit!.Vergaderdatum.ToString("yyyy-MM-dd"));
        b.GetProperty("publicatiedatum").GetString().ShouldBe(fabriek.Klok.Vandaag.ToString("yyyy-MM-dd"));
        var bijlage = b.GetProperty("bijlagen").EnumerateArray().ShouldHaveSingleItem();
        bijlage.GetProperty("naam").GetString().ShouldBe("Inrichtingsplan");
        var download = await fabriek.Klant().Http.GetAsync(new Uri(bijlage.GetProperty("url").GetString()!).PathAndQuery);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync())[..4].ShouldBe("%PDF"u8.ToArray());
        var pagina = await fabriek.Klant().Http.GetAsync(new Uri(b.GetProperty("url").GetString()!).PathAndQuery);
        pagina.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Paged: one per page, with a link to the next page until the last.
        using var eerste = JsonDocument.Parse(await fabriek.Klant().Http.GetStringAsync("/Openbaar/Feed.json?aantal=1"));
        eerste.RootElement.GetProperty("besluiten").GetArrayLength().ShouldBe(1);
        var volgende = eerste.RootElement.GetProperty("volgende").GetString()!;
        using var tweede = JsonDocument.Parse(await fabriek.Klant().Http.GetStringAsync(new Uri(volgende).PathAndQuery));
        tweede.RootElement.GetProperty("pagina").GetInt32().ShouldBe(2);
        tweede.RootElement.GetProperty("besluiten")[0].GetProperty("identificatie").GetString()
            .ShouldNotBe(eerste.RootElement.GetProperty("besluiten")[0].GetProperty("identificatie").GetString());
    }

    [Fact]
    public async Task De_atom_feed_is_atom_met_een_entry_per_gepubliceerd_besluit_bijgewerkt_op_de_publicatiedatum()
    {
        var onderwerp = Uniek("Afgewezen kapvergunning");
        var id = await Besluiten.BeslisAsync(fabriek, onderwerp, Openbaarheid.Ja, trigger: Triggers.Afwijzen);
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Gepubliceerd", "een afwijzing is ook een besluit");

        var antwoord = await fabriek.Klant().Http.GetAsync("/Openbaar/Feed.atom?aantal=100");
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        var feed = XDocument.Parse(await antwoord.Content.ReadAsStringAsync()).Root!;
        feed.Name.ShouldBe(Atom + "feed");
        foreach (var verplicht in new[] { "id", "title", "updated" }) feed.Element(Atom + verplicht).ShouldNotBeNull(verplicht);
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldNotBeNullOrWhiteSpace();
        feed.Elements(Atom + "link").ShouldContain(l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        using var json = JsonDocument.Parse(await fabriek.Klant().Http.GetStringAsync("/Openbaar/Feed.json?aantal=100"));
        entries.Count.ShouldBe(json.RootElement.GetProperty("totaal").GetInt32(), "één entry per gepubliceerd besluit");
        entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count().ShouldBe(entries.Count);
        foreach (var e in entries)
        {
            Uri.IsWellFormedUriString(e.Element(Atom + "id")!.Value, UriKind.Absolute).ShouldBeTrue();
            e.Element(Atom + "title")!.Value.ShouldNotBeNullOrWhiteSpace();
            DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        var entry = entries.Single(e => e.Element(Atom + "title")!.Value.Contains(onderwerp));
        entry.Element(Atom + "title")!.Value.ShouldStartWith(v.Registratienummer!);
        DateOnly.FromDateTime(DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture).DateTime)
            .ShouldBe(v.GepubliceerdOp!.Value);
        entry.Element(Atom + "summary")!.Value.ShouldContain("afgewezen");
        entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value
            .ShouldEndWith($"/Openbaar/Besluiten/{id}");

        var eerste = XDocument.Parse(await fabriek.Klant().Http.GetStringAsync("/Openbaar/Feed.atom?aantal=1")).Root!;
        eerste.Elements(Atom + "entry").Count().ShouldBe(1);
        eerste.Elements(Atom + "link").ShouldContain(l => (string?)l.Attribute("rel") == "next");
    }

    [Fact]
    public async Task Zoeken_op_tekst_periode_en_bestuursorgaan_en_een_foute_datum_krijgt_een_melding_bij_het_veld()
    {
        var woord = Guid.NewGuid().ToString("N")[..10];
        var vorigeWeek = fabriek.Klok.Vandaag.AddDays(-8);
        var oud = await Besluiten.BeslisAsync(fabriek, $"Fietspad {woord}", Openbaarheid.Ja, vergadering: vorigeWeek);
        var nieuw = await Besluiten.BeslisAsync(fabriek, $"Fietsenstalling {woord}", Openbaarheid.Ja);

        static IEnumerable<int> Gevonden(AngleSharp.Html.Dom.IHtmlDocument p) =>
            p.QuerySelectorAll("tr[data-besluit]").Select(r => int.Parse(r.GetAttribute("data-besluit")!));
        var klant = fabriek.Klant();
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek={woord}")).ShouldBe([nieuw, oud]);
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek=FIETSPAD+{woord}")).ShouldBe([oud]);
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek={woord}&Van={vorigeWeek.AddDays(1):yyyy-MM-dd}")).ShouldBe([nieuw]);
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek={woord}&Tot={vorigeWeek:yyyy-MM-dd}")).ShouldBe([oud]);
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek={woord}&Orgaan=college")).ShouldBe([nieuw, oud]);
        Gevonden(await klant.PaginaAsync($"/Openbaar?Zoek={woord}&Orgaan=raad")).ShouldBeEmpty();

        var (antwoord, fout) = await klant.GetAsync($"/Openbaar?Zoek={woord}&Van=31-02-2026");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        fout.QuerySelector("#Van-fout")!.TextContent.ShouldBe("Vul een datum in als 31-12-2026.");
        ((AngleSharp.Html.Dom.IHtmlInputElement)fout.QuerySelector("#Van")!).Value.ShouldBe("31-02-2026");
        ((AngleSharp.Html.Dom.IHtmlInputElement)fout.QuerySelector("#Zoek")!).Value.ShouldBe(woord);
    }
}

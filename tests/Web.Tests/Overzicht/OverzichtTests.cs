using AngleSharp.Dom;

namespace Besluitvorming.Web.Tests.Overzicht;

/// <summary>The bestuurssecretariaat's overview: every submitted proposal, filtered, searched and paged.</summary>
public sealed class OverzichtTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private static List<string[]> Regels(AngleSharp.Html.Dom.IHtmlDocument pagina) =>
        pagina.QuerySelectorAll("table.overzicht tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public async Task Overzicht_toont_nummer_onderwerp_project_stap_houder_en_dagen()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var regels = Regels(await secretariaat.PaginaAsync("/Overzicht"));

        regels.Count.ShouldBe(7, "de zeven ingediende demovoorstellen (twee ervan gepubliceerde besluiten, Data/DemoPublicatie); het concept hoort er niet bij");
        var advies = regels.Single(r => r[1] == "Vaststellen beleidskader Thuis in de Buurt");
        advies[0].ShouldMatch(@"^\d{2}-\d{5}$");
        advies[2].ShouldBe("Thuis in de Buurt");
        advies[3].ShouldStartWith("Maatschappelijke Ontwikkeling");
        advies[4].ShouldBe("Advies bedrijfsvoering");
        advies[5].ShouldBe("K. Orval, E. van Rijn");
        advies[6].ShouldBe("0");
        regels.ShouldNotContain(r => r[1] == "Tariefdifferentiatie wijk- en dorpshuizen");
    }

    [Fact]
    public async Task Filteren_op_status_project_en_afdeling_en_zoeken_op_nummer_of_onderwerp()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var pagina = await secretariaat.PaginaAsync("/Overzicht");
        var thuis = pagina.QuerySelectorAll("select[name=ProjectId] option").First(o => o.TextContent == "Thuis in de Buurt").GetAttribute("value");
        var mo = pagina.QuerySelectorAll("select[name=AfdelingId] option").First(o => o.TextContent == "Maatschappelijke Ontwikkeling").GetAttribute("value");
        var bv = pagina.QuerySelectorAll("select[name=AfdelingId] option").First(o => o.TextContent == "Bedrijfsvoering").GetAttribute("value");

        Regels(await secretariaat.PaginaAsync("/Overzicht?Status=CollegeVanBW")).Select(r => r[1])
            .ShouldBe(["Plekkenmakers de Bongerd: ontmoeten in Macharen"]);
        Regels(await secretariaat.PaginaAsync($"/Overzicht?ProjectId={thuis}")).Count.ShouldBe(3);
        Regels(await secretariaat.PaginaAsync($"/Overzicht?AfdelingId={mo}")).Count.ShouldBe(7);
        Regels(await secretariaat.PaginaAsync($"/Overzicht?AfdelingId={bv}")).ShouldBeEmpty();
        Regels(await secretariaat.PaginaAsync("/Overzicht?Zoek=haard")).Select(r => r[1])
            .ShouldBe(["Pilot Wij(k)huis de Haard: verlenging proeftuin"]);
        var nummer = Regels(await secretariaat.PaginaAsync("/Overzicht?Zoek=Macharen"))[0][0];
        Regels(await secretariaat.PaginaAsync($"/Overzicht?Zoek={nummer}")).Single()[0].ShouldBe(nummer);
    }

    [Fact]
    public async Task Een_gepubliceerd_voorstel_toont_zijn_uitkomst_in_overzicht_export_en_dashboard()
    {
        const string ingestemd = "Subsidieregeling buurtinitiatieven";
        const string afgewezen = "Verkoop van het voormalige schoolgebouw aan de Kerkstraat";
        var secretariaat = await _route.AlsAsync("secretariaat");

        // The status filter still selects the state; the column names the outcome with it.
        var regels = Regels(await secretariaat.PaginaAsync("/Overzicht?Status=Gepubliceerd"));
        regels.Select(r => r[1]).ShouldBe([ingestemd, afgewezen], ignoreOrder: true);
        regels.Single(r => r[1] == ingestemd)[4].ShouldBe("Gepubliceerd (besloten)");
        regels.Single(r => r[1] == afgewezen)[4].ShouldBe("Gepubliceerd (afgewezen)");

        var csv = System.Text.Encoding.UTF8.GetString(await secretariaat.Http.GetByteArrayAsync("/Overzicht/Export/csv?Status=Gepubliceerd"))
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split(';').Select(v => v.Trim('"')).ToArray()).ToList();
        var status = Array.IndexOf(csv[0], "Huidige stap");
        csv.Skip(1).Select(r => (r[1], r[status])).ShouldBe(
            [(ingestemd, "Gepubliceerd (besloten)"), (afgewezen, "Gepubliceerd (afgewezen)")], ignoreOrder: true);

        string Naar(AngleSharp.Html.Dom.IHtmlDocument pagina, string onderwerp) => pagina.QuerySelectorAll("table.dashboard-drilldown tbody tr")
            .Single(r => r.TextContent.Contains(onderwerp)).QuerySelectorAll("td")[4].TextContent.Trim();
        Naar(await secretariaat.PaginaAsync("/Dashboard?Verlaten=Afgewezen"), afgewezen).ShouldBe("Gepubliceerd (afgewezen)");
        Naar(await secretariaat.PaginaAsync("/Dashboard?Verlaten=Besloten"), ingestemd).ShouldBe("Gepubliceerd (besloten)");
    }

    [Fact]
    public async Task Overzicht_is_gepagineerd()
    {
        // An app of its own: the 22 extra proposals must not show up in the other tests of this class.
        using var eigen = new BesluitvormingFabriek();
        var route = new Route(eigen);
        for (var i = 0; i < 22; i++)
            await route.IndienenAsync("steller2", Route.VolledigVoorstel($"Pagineren {i:D2}"));
        var secretariaat = await route.AlsAsync("secretariaat");

        var eerste = await secretariaat.PaginaAsync("/Overzicht");
        Regels(eerste).Count.ShouldBe(25);
        eerste.QuerySelector(".paginering")!.TextContent.ShouldContain("Pagina 1 van 2");
        var volgende = eerste.QuerySelector(".paginering a[rel=next]")!.GetAttribute("href")!;
        var tweede = await secretariaat.PaginaAsync(System.Net.WebUtility.HtmlDecode(volgende));
        Regels(tweede).Count.ShouldBe(4);
        Regels(eerste).Concat(Regels(tweede)).Select(r => r[0]).Distinct().Count().ShouldBe(29);
    }
}

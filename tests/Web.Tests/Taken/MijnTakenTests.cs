using AngleSharp.Dom;

namespace Besluitvorming.Web.Tests.Taken;

public sealed class MijnTakenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Mijn_taken_toont_open_taken_met_deadline_en_wat_er_gevraagd_wordt()
    {
        var financien = await _route.AlsAsync("financien");
        var regels = (await financien.PaginaAsync("/Taken")).QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

        var regel = regels.ShouldHaveSingleItem();
        regel[1].ShouldBe("Advies bedrijfsvoering: Financiën");
        regel[3].ShouldBe("Vaststellen beleidskader Thuis in de Buurt");
        regel[0].ShouldMatch(@"^\d{1,2} \w+\.? \d{4}");

        // The deputy sees the same task, marked as deputising.
        var vervanger = await _route.AlsAsync("financien2");
        (await vervanger.PaginaAsync("/Taken")).QuerySelector("tbody tr")!.TextContent.ShouldContain("(u vervangt)");

        var steller = await _route.AlsAsync("steller");
        (await steller.PaginaAsync("/Taken")).QuerySelectorAll("tbody tr").Select(r => r.TextContent)
            .ShouldContain(t => t.Contains("Voorstel herzien en opnieuw indienen"));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Tests.Mail;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The app on Wednesday 2 December 2026, with the shipped meeting calendar.</summary>
public sealed class DecemberFabriek : BesluitvormingFabriek
{
    public DecemberFabriek()
    {
        var klok = new VerstelbareKlok();
        klok.ZetOp(new DateTimeOffset(new DateTime(2026, 12, 2, 10, 0, 0)));
        Klok = klok;
    }
}

/// <summary>
/// A gate's rules give the verdict of the terugrekenplanning the proposal page shows: the same latest date and the same
/// meeting, never a rule that lets pass what the page marks late.
/// </summary>
public sealed partial class TerugrekenplanningRegelTests(DecemberFabriek fabriek) : IClassFixture<DecemberFabriek>
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private readonly Route _route = new(fabriek);

    [GeneratedRegex(@"is die van (\d{1,2} \p{L}+ \d{4})")]
    private static partial Regex EersteHaalbare();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ConceptPaginaAsync(string onderwerp, DateOnly geplandBw)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = geplandBw.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var steller = await _route.AlsAsync("steller");
        var opslaan = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        opslaan.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(opslaan));
        var id = int.Parse(opslaan.Headers.Location!.OriginalString.Split('/').Last());
        return await steller.PaginaAsync($"/Voorstellen/{id}");
    }

    private static (string Uiterlijk, string Stand) Poort(AngleSharp.Html.Dom.IHtmlDocument pagina, string status)
    {
        var cellen = pagina.QuerySelector($"#planning tr[data-poort='{status}']")!.QuerySelectorAll("td");
        return (cellen[1].TextContent.Trim(), cellen[2].TextContent.Trim());
    }

    [Fact]
    public async Task Te_laat_indienen_noemt_dezelfde_datum_en_vergadering_als_de_planning_en_de_eerste_haalbare_vergadering()
    {
        // Tuesday 5 January 2027: Nieuwjaarsdag and the Christmas days move its closing date to Monday 28 December. On
        // 2 December that is 17 working days ahead (the old rule asked 15 and let it pass), but the terugrekenplanning
        // needs the concept submitted well before today.
        var pagina = await ConceptPaginaAsync("Na de feestdagen", new DateOnly(2027, 1, 5));

        var (uiterlijk, stand) = Poort(pagina, "Concept");
        stand.ShouldBe("Te laat");
        Poort(pagina, "CollegeVanBW").Uiterlijk.ShouldBe("5 januari 2027");
        pagina.QuerySelector("#planning tr[data-poort='CollegeVanBW']")!.TextContent.ShouldContain("28 december 2026");
        var melding = pagina.QuerySelector(".regeltoets [data-regel='Terugrekenplanning: te laat']")?.TextContent;
        melding.ShouldNotBeNull("de pagina toont 'Te laat' in de planning; de regel moet dat ook zeggen");
        melding.ShouldContain($"Te laat voor de collegevergadering van 5 januari 2027: volgens de terugrekenplanning moest het voorstel uiterlijk op {uiterlijk} worden ingediend");
        melding.ShouldContain("sluit op 28 december 2026");

        // The meeting it suggests is the first that the planning does not mark late.
        var haalbaar = DateOnly.ParseExact(EersteHaalbare().Match(melding).Groups[1].Value, "d MMMM yyyy", Nl);
        var daar = await ConceptPaginaAsync("Op de eerste haalbare vergadering", haalbaar);
        Poort(daar, "Concept").Stand.ShouldNotBe("Te laat");
        daar.QuerySelector(".regeltoets [data-regel='Terugrekenplanning: te laat']").ShouldBeNull();
        var weekEerder = await ConceptPaginaAsync("Een week eerder", haalbaar.AddDays(-7));
        Poort(weekEerder, "Concept").Stand.ShouldBe("Te laat", "de vergadering een week eerder is niet haalbaar");
    }
}

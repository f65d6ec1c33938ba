using System.Net;
using AngleSharp.Dom;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The generated meeting calendar, kept by the beheerder, is what the lead-time rules read.</summary>
public sealed class VergaderkalenderTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Collegevergaderingen_op_dinsdag_met_sluitingsdatum_een_week_eerder()
    {
        var pagina = await (await _route.AlsAsync("beheerder")).PaginaAsync("/Beheer/Vergaderkalender?Van=2027-03-01");
        var dinsdag = pagina.QuerySelector("tr[data-datum='2027-03-02'][data-soort='College']")!;
        dinsdag.TextContent.ShouldContain("dinsdag 2 maart 2027");
        dinsdag.TextContent.ShouldContain("23 februari 2027");
    }

    [Fact]
    public async Task Sluitingsdatum_na_de_vergadering_wordt_geweigerd()
    {
        var antwoord = await (await _route.AlsAsync("beheerder")).VerstuurAsync("/Beheer/Vergaderkalender", new()
        {
            ["Invoer.Soort"] = "College", ["Invoer.Datum"] = "2027-03-04", ["Invoer.Sluitingsdatum"] = "2027-03-05",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector("[data-valmsg-for='Invoer.Sluitingsdatum']")!.TextContent
            .ShouldBe("De sluitingsdatum ligt op of voor de vergaderdatum.");
    }

    [Fact]
    public async Task Een_extra_vergadering_is_meteen_de_doelvergadering_van_de_terugrekenplanning()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var datum = DateOnly.Parse(Route.Datum(60));
        var sluiting = DateOnly.Parse(Route.Datum(3));
        while (datum.DayOfWeek != DayOfWeek.Thursday) datum = datum.AddDays(1);
        var toevoegen = await beheerder.VerstuurAsync("/Beheer/Vergaderkalender", new()
        {
            ["Invoer.Soort"] = "College", ["Invoer.Datum"] = datum.ToString("yyyy-MM-dd"), ["Invoer.Sluitingsdatum"] = sluiting.ToString("yyyy-MM-dd"),
        });
        toevoegen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(toevoegen));

        var velden = Route.VolledigVoorstel("Extra collegevergadering");
        velden["Invoer.GeplandBw"] = datum.ToString("yyyy-MM-dd");
        var steller = await _route.AlsAsync("steller");
        var opslaan = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        var formulier = await steller.PaginaAsync(opslaan.Headers.Location!.OriginalString);
        // The extra meeting closes its agenda early: the lead-time rule warns about exactly that meeting.
        var nl = new System.Globalization.CultureInfo("nl-NL");
        var waarschuwing = formulier.QuerySelector(".regeltoets [data-regel='Terugrekenplanning tot de sluitingsdatum']")!.TextContent;
        waarschuwing.ShouldContain($"De collegevergadering van {datum.ToString("d MMMM yyyy", nl)} (sluitingsdatum {sluiting.ToString("d MMMM yyyy", nl)})");
        formulier.QuerySelector(".regeltoets [data-regel='Collegevergadering in de vergaderkalender']").ShouldBeNull();
    }
}

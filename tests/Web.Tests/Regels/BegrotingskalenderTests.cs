using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The beheerder keeps the budget calendar: a year needs its deadlines, and a year appears once.</summary>
public sealed class BegrotingskalenderTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private static string? Fout(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task Geleverde_kalender_staat_erin()
    {
        var pagina = await (await _route.AlsAsync("beheerder")).PaginaAsync("/Beheer/Begrotingskalender");
        pagina.QuerySelector("tr[data-jaar='2021']")!.TextContent.ShouldContain("1 maart 2021");
        pagina.QuerySelector("tr[data-jaar='2014']").ShouldNotBeNull();
        pagina.QuerySelector("tr[data-jaar='2030']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Een_jaar_komt_een_keer_voor_en_de_invoer_blijft_staan()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Begrotingskalender", new()
        {
            ["Invoer.Jaar"] = "2021", ["Invoer.VoorjaarsnotaDeadline"] = "2021-02-15", ["Invoer.KadernotaDeadline"] = "2021-05-01",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Jaar").ShouldBe("Het jaar 2021 staat al in de begrotingskalender; wijzig dat jaar in plaats van het opnieuw toe te voegen.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.VoorjaarsnotaDeadline']")!.Value.ShouldBe("2021-02-15");
    }

    [Fact]
    public async Task Een_deadline_vraagt_een_jaar_en_een_datum()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Begrotingskalender", new()
        {
            ["Invoer.Jaar"] = "", ["Invoer.VoorjaarsnotaDeadline"] = "2040-03-01", ["Invoer.KadernotaDeadline"] = "",
        });
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Jaar").ShouldBe("Vul het jaar in.");
        Fout(pagina, "Invoer.KadernotaDeadline").ShouldBe("Vul de deadline van de Kadernota in.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.VoorjaarsnotaDeadline']")!.Value.ShouldBe("2040-03-01");
    }

    [Fact]
    public async Task Jaar_toevoegen_en_wijzigen()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var toevoegen = await beheerder.VerstuurAsync("/Beheer/Begrotingskalender", new()
        {
            ["Invoer.Jaar"] = "2031", ["Invoer.VoorjaarsnotaDeadline"] = "2031-03-03", ["Invoer.KadernotaDeadline"] = "2031-05-15",
        });
        toevoegen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(toevoegen));
        var wijzigen = await beheerder.VerstuurAsync("/Beheer/Begrotingskalender?jaar=2031", new() { ["Invoer.VoorjaarsnotaDeadline"] = "2031-02-14" });
        wijzigen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(wijzigen));
        var pagina = await beheerder.PaginaAsync("/Beheer/Begrotingskalender");
        pagina.QuerySelector("tr[data-jaar='2031']")!.TextContent.ShouldContain("14 februari 2031");
    }
}

using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// A concept that was never submitted can be deleted by its steller (or the deputy): a button on the draft, a
/// confirmation, then a POST; its uploads go with it. Nobody else can, and a submitted proposal never can.
/// </summary>
public sealed class ConceptVerwijderenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Theory]
    [InlineData("steller")]
    [InlineData("steller2")] // the steller's plaatsvervanger
    public async Task Een_nooit_ingediend_concept_verdwijnt_na_bevestiging_met_zijn_bijlagen(string wie)
    {
        var onderwerp = $"Weg ermee ({wie})";
        var bestandsnaam = $"concept-{wie}.pdf";
        var id = await ConceptAsync(onderwerp, bestandsnaam);
        var klant = await _route.AlsAsync(wie);
        var url = $"/Voorstellen/{id}/Verwijderen";

        (await klant.PaginaAsync($"/Voorstellen/{id}")).QuerySelector($"a[href='{url}']")!.TextContent.ShouldBe("Concept verwijderen");
        (await klant.PaginaAsync($"/Voorstellen/Bewerken/{id}")).QuerySelector($"a[href='{url}']")!.TextContent.ShouldBe("Concept verwijderen");
        var bevestiging = await klant.PaginaAsync(url);
        bevestiging.QuerySelector("main")!.TextContent.ShouldContain(onderwerp);
        (await BestaatAsync(id)).ShouldBeTrue("een GET verandert niets");

        var antwoord = await klant.VerstuurAsync(url, [], knop: "Concept verwijderen");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        antwoord.Headers.Location!.OriginalString.ShouldBe("/Voorstellen");
        (await klant.PaginaAsync("/Voorstellen")).QuerySelector(".melding--succes")!.TextContent.ShouldContain(onderwerp);
        (await BestaatAsync(id)).ShouldBeFalse();
        (await klant.Http.GetAsync($"/Voorstellen/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var scope = fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Bestanden.AnyAsync(b => b.Bestandsnaam == bestandsnaam))
            .ShouldBeFalse("de upload van het concept is mee opgeruimd");
    }

    [Theory]
    [InlineData("projectleider")]
    [InlineData("afdelingshoofd")]
    public async Task Een_ander_kan_een_concept_niet_verwijderen_ook_niet_met_een_directe_post(string wie)
    {
        var id = await ConceptAsync($"Niet van {wie}", null);
        var ander = await _route.AlsAsync(wie);

        var get = await ander.Http.GetAsync($"/Voorstellen/{id}/Verwijderen");
        (get.StatusCode == HttpStatusCode.NotFound || get.Headers.Location?.AbsolutePath == "/Account/Geweigerd")
            .ShouldBeTrue($"GET door {wie}: HTTP {(int)get.StatusCode} {get.Headers.Location}");
        var post = await ander.Http.PostAsync($"/Voorstellen/{id}/Verwijderen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenAsync(ander))]));
        ((int)post.StatusCode).ShouldBeOneOf(302, 403, 404);
        post.Headers.Location?.AbsolutePath.ShouldNotBe("/Voorstellen");
        (await BestaatAsync(id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Een_ingediend_voorstel_kan_niet_worden_verwijderd()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Al ingediend, blijft"));
        var steller = await _route.AlsAsync("steller");
        var url = $"/Voorstellen/{id}/Verwijderen";

        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector($"a[href='{url}']").ShouldBeNull();
        var get = await steller.Http.GetAsync(url);
        get.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        get.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/{id}");
        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector(".melding--fout")!.TextContent.ShouldContain("intrekken");

        var post = await steller.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenAsync(steller))]));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/{id}");
        (await _route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public async Task Een_concept_dat_intussen_is_ingediend_wordt_vanaf_een_oude_bevestiging_niet_verwijderd()
    {
        var steller = await _route.AlsAsync("steller");
        var id = await ConceptAsync("Ingediend in een ander tabblad", null);
        var url = $"/Voorstellen/{id}/Verwijderen";
        var bevestiging = (await steller.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        var velden = Route.VolledigVoorstel("Ingediend in een ander tabblad");
        var ingediend = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", velden, knop: "Opslaan en indienen");
        ingediend.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(ingediend));

        var antwoord = await steller.VerstuurAsync(url, bevestiging, []);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/{id}");
        (await _route.LaadAsync(id)).Registratienummer.ShouldNotBeNull();
    }

    private async Task<int> ConceptAsync(string onderwerp, string? bestandsnaam)
    {
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken",
            new() { ["Invoer.Onderwerp"] = onderwerp, ["Invoer.NieuweBijlagen[0].Naam"] = "Notitie" }, knop: "Concept opslaan",
            bestanden: bestandsnaam is null ? null : [("Invoer.NieuweBijlagen[0].Bestand", bestandsnaam, Route.Pdf)]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        return int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<bool> BestaatAsync(int id)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.AnyAsync(v => v.Id == id);
    }

    private static async Task<string> TokenAsync(TestKlant klant) =>
        (await klant.PaginaAsync("/Taken")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
}

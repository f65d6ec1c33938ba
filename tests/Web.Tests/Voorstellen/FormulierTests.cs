using AngleSharp.Dom;
using System.Net;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>Bad input gets a Dutch message at the field and loses nothing the user typed or uploaded.</summary>
public sealed class FormulierTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);
    private static readonly byte[] Pdf = "%PDF-1.4\n% test\n"u8.ToArray();

    [Fact]
    public async Task Onvolledig_concept_kan_worden_opgeslagen()
    {
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new() { ["Invoer.Onderwerp"] = "Half af" }, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
        var v = await _route.LaadAsync(id);
        v.Onderwerp.ShouldBe("Half af");
        v.Status.ShouldBe("Concept");
        v.Registratienummer.ShouldBeNull();
    }

    [Fact]
    public async Task Indienen_van_onvolledig_voorstel_toont_fouten_bij_de_velden_en_bewaart_alles()
    {
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new()
        {
            ["Invoer.Onderwerp"] = "Zonder dictum",
            ["Invoer.Aanleiding"] = "Een getypte aanleiding die niet verloren mag gaan.",
            ["Invoer.NieuweBijlagen[0].Naam"] = "Notitie",
        }, knop: "Opslaan en indienen", bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "notitie.pdf", Pdf)]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Dictum").ShouldBe("Vul ten minste één beslispunt in het dictum in.");
        Fout(pagina, "Invoer.GeplandBw").ShouldContain("collegevergadering");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Invoer.Aanleiding']")!.Value
            .ShouldBe("Een getypte aanleiding die niet verloren mag gaan.");
        pagina.QuerySelector(".validation-summary-errors, .melding--fout")!.TextContent.ShouldContain("opgeslagen, maar nog niet ingediend");
        // The draft now exists and holds the attachment.
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var v = await db.Voorstellen.Include(x => x.Bijlagen).SingleAsync(x => x.Onderwerp == "Zonder dictum");
        v.Status.ShouldBe("Concept");
        v.Bijlagen.Single().Naam.ShouldBe("Notitie");
    }

    [Fact]
    public async Task Ongeldige_invoer_wordt_niet_opgeslagen_maar_blijft_staan_ook_de_upload()
    {
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new()
        {
            ["Invoer.Onderwerp"] = "Met een fout bedrag",
            ["Invoer.Kosten"] = "zestigduizend",
            ["Invoer.SamenvattingHoe"] = "Blijft staan.",
            ["Invoer.NieuweBijlagen[0].Naam"] = "Begroting",
            ["Invoer.NieuweBijlagen[0].Soort"] = "Begrotingswijziging",
        }, knop: "Concept opslaan", bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "begroting.pdf", Pdf)]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Kosten").ShouldBe("Vul een bedrag in cijfers in, bijvoorbeeld 60.000 of 60.000,50.");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Invoer.Kosten']")!.Value.ShouldBe("zestigduizend");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Invoer.SamenvattingHoe']")!.Value.ShouldBe("Blijft staan.");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Invoer.Uploads[0].Naam']")!.Value.ShouldBe("Begroting");
        pagina.QuerySelector(".bijlage-regel--upload")!.TextContent.ShouldContain("begroting.pdf");

        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.Voorstellen.AnyAsync(v => v.Onderwerp == "Met een fout bedrag")).ShouldBeFalse();
        }

        // Correcting the amount and saving keeps the earlier upload: it becomes the proposal's attachment.
        var formulier = pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        var opnieuw = await steller.VerstuurAsync("/Voorstellen/Bewerken", formulier, new() { ["Invoer.Kosten"] = "60000" }, knop: "Concept opslaan");
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opnieuw));
        var id = int.Parse(opnieuw.Headers.Location!.OriginalString.Split('/').Last());
        var voorstel = await _route.LaadAsync(id);
        voorstel.Kosten.ShouldBe(60000m);
        voorstel.Bijlagen.Single().Soort.ShouldBe(Besluitvorming.Workflows.Voorstellen.BijlageSoort.Begrotingswijziging);
        voorstel.Bijlagen.Single().Bestandsnaam.ShouldBe("begroting.pdf");
    }

    [Theory]
    [InlineData("script.exe", "niet toegestaan")]
    [InlineData("leeg.pdf", "is leeg")]
    public async Task Geweigerde_bijlage_krijgt_een_duidelijke_melding(string bestandsnaam, string melding)
    {
        var steller = await _route.AlsAsync("steller");
        var inhoud = bestandsnaam == "leeg.pdf" ? Array.Empty<byte>() : Pdf;
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new() { ["Invoer.Onderwerp"] = "Met bijlage" },
            knop: "Concept opslaan", bestanden: [("Invoer.NieuweBijlagen[0].Bestand", bestandsnaam, inhoud)]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.NieuweBijlagen[0].Bestand").ShouldContain(melding);
        Fout(pagina, "Invoer.NieuweBijlagen[0].Bestand").ShouldContain(bestandsnaam);
    }

    [Fact]
    public async Task Te_grote_bijlage_wordt_geweigerd_met_de_grens_in_de_melding()
    {
        using var klein = new BesluitvormingFabriek();
        klein.ExtraInstellingen["Bijlagen:MaxBytes"] = "2048";
        var steller = await klein.IngelogdAlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new() { ["Invoer.Onderwerp"] = "Grote bijlage" },
            knop: "Concept opslaan", bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "groot.pdf", new byte[4096])]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        Fout(await TestKlant.LeesAsync(antwoord), "Invoer.NieuweBijlagen[0].Bestand").ShouldBe("Het bestand 'groot.pdf' is 4 kB; de grens is 2 kB.");
    }

    [Fact]
    public async Task Dubbelklik_op_indienen_maakt_een_voorstel()
    {
        var steller = await _route.AlsAsync("steller");
        var pagina = await steller.PaginaAsync("/Voorstellen/Bewerken");
        var formulier = pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        var velden = Route.VolledigVoorstel("Dubbel geklikt");

        var antwoorden = await Task.WhenAll(
            steller.VerstuurAsync("/Voorstellen/Bewerken", formulier, velden, knop: "Opslaan en indienen"),
            steller.VerstuurAsync("/Voorstellen/Bewerken", formulier, velden, knop: "Opslaan en indienen"));

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var voorstellen = await db.Voorstellen.Where(v => v.Onderwerp == "Dubbel geklikt").ToListAsync();
        voorstellen.Count.ShouldBe(1);
        voorstellen[0].Registratienummer.ShouldNotBeNull();
        antwoorden.ShouldContain(a => a.StatusCode == HttpStatusCode.Redirect);
    }

    private static string Fout(AngleSharp.Html.Dom.IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"span.veld-fout[data-valmsg-for='{veld}']")?.TextContent.Trim() ?? "";
}

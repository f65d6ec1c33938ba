using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// Openbaarheid and each bijlage's openbaar flag are a choice the steller makes: nothing is pre-set to "openbaar",
/// a draft can be saved without it, and submission asks for it with a Dutch message at the field.
/// </summary>
public sealed class OpenbaarheidTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private static string Fout(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim() ?? "";

    private static IEnumerable<string> Gekozen(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelectorAll<IHtmlInputElement>($"input[name='{veld}']").Where(i => i.IsChecked).Select(i => i.Value);

    [Fact]
    public async Task Een_nieuw_formulier_kiest_geen_openbaarheid_voor()
    {
        var formulier = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");

        formulier.QuerySelectorAll("input[name='Invoer.Openbaarheid']").Length.ShouldBe(3);
        Gekozen(formulier, "Invoer.Openbaarheid").ShouldBeEmpty();
        Gekozen(formulier, "Invoer.BijlagenOpenbaar").ShouldBeEmpty();
        formulier.QuerySelectorAll("input[name='Invoer.NieuweBijlagen[0].Openbaar']").Length.ShouldBe(2, "ja en nee");
        Gekozen(formulier, "Invoer.NieuweBijlagen[0].Openbaar").ShouldBeEmpty();
    }

    [Fact]
    public async Task Een_concept_zonder_keuze_voor_openbaarheid_kan_worden_opgeslagen()
    {
        var steller = await _route.AlsAsync("steller");
        var velden = Route.VolledigVoorstel("Concept, openbaarheid nog open");
        velden["Invoer.Openbaarheid"] = null;
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
        (await _route.LaadAsync(id)).Openbaarheid.ShouldBeNull();
        Gekozen(await steller.PaginaAsync($"/Voorstellen/Bewerken/{id}"), "Invoer.Openbaarheid").ShouldBeEmpty("niets ingevuld dat niet gekozen is");
    }

    [Fact]
    public async Task Indienen_zonder_keuze_voor_openbaarheid_vraagt_erom_bij_het_veld()
    {
        var steller = await _route.AlsAsync("steller");
        var velden = Route.VolledigVoorstel("Indienen, openbaarheid vergeten");
        velden["Invoer.Openbaarheid"] = null;
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Openbaarheid").ShouldBe("Kies of het voorstel openbaar is: ja, nee of uitgesteld.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe("Indienen, openbaarheid vergeten");
    }

    [Fact]
    public async Task Een_bijlage_zonder_keuze_openbaar_houdt_indienen_tegen_tot_die_gekozen_is()
    {
        var steller = await _route.AlsAsync("steller");
        var velden = Route.VolledigVoorstel("Bijlage, openbaar nog open");
        velden["Invoer.BijlagenOpenbaar"] = null;
        velden["Invoer.NieuweBijlagen[0].Naam"] = "Notitie";
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen",
            bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "notitie.pdf", Route.Pdf)]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.BijlagenOpenbaar").ShouldBe("Geef aan of de bijlagen openbaar zijn.");
        Fout(pagina, "Invoer.BestaandeBijlagen[0].Openbaar").ShouldBe("Geef aan of bijlage 1 openbaar is.");

        // The draft holds the attachment, with no choice made for it.
        var id = int.Parse(pagina.QuerySelector("main form[method=post]")!.GetAttribute("action")!.Split('?')[0].Split('/').Last());
        var v = await _route.LaadAsync(id);
        v.Bijlagen.Single().Openbaar.ShouldBeNull();

        // The steller opens the draft, makes both choices and submits.
        var opnieuw = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", new()
        {
            ["Invoer.BijlagenOpenbaar"] = "true", ["Invoer.BestaandeBijlagen[0].Openbaar"] = "false",
        }, knop: "Opslaan en indienen");
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opnieuw));
        v = await _route.LaadAsync(id);
        v.Registratienummer.ShouldNotBeNull();
        v.BijlagenOpenbaar.ShouldBe(true);
        v.Bijlagen.Single().Openbaar.ShouldBe(false);
    }
}

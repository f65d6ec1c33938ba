using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Besluitvorming.Web.Tests.Toegankelijkheid;

/// <summary>
/// After a failed submit every form says what went wrong in one summary at the top, with a link to each field, and
/// each field in error carries aria-invalid and aria-describedby pointing at its own message. Required fields say so.
/// </summary>
public sealed class FoutmeldingTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    /// <summary>The id of a field's message: its sanitized name plus "-fout".</summary>
    private static string FoutId(string veld) => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(veld, "_") + "-fout";

    /// <summary>Every field in the summary links to an element on the page that carries aria-invalid and names its message.</summary>
    private static void SamenvattingKlopt(IHtmlDocument pagina, params string[] velden)
    {
        var samenvatting = pagina.QuerySelector("[data-foutsamenvatting]");
        samenvatting.ShouldNotBeNull("een foutsamenvatting bovenaan");
        samenvatting.GetAttribute("tabindex").ShouldBe("-1", "de samenvatting kan focus krijgen");
        pagina.QuerySelector("main")!.QuerySelector("[data-foutsamenvatting], form[method=post]").ShouldBe(samenvatting, "boven het formulier");
        pagina.Title!.ShouldStartWith("Fout: ");
        foreach (var veld in velden)
        {
            var link = samenvatting.QuerySelector($"a[data-veld='{veld}']");
            link.ShouldNotBeNull($"een link naar {veld}");
            var doelen = pagina.GetElementsByName(veld).Where(e => e.GetAttribute("type") != "hidden").ToList();
            doelen.ShouldNotBeEmpty(veld);
            var id = link.GetAttribute("href")!.TrimStart('#');
            (pagina.GetElementById(id) is not null || doelen.Any()).ShouldBeTrue();
            foreach (var doel in doelen)
            {
                doel.GetAttribute("aria-invalid").ShouldBe("true", veld);
                var beschreven = doel.GetAttribute("aria-describedby")!.Split(' ');
                beschreven.ShouldContain(FoutId(veld));
                pagina.GetElementById(FoutId(veld))!.TextContent.Trim().ShouldNotBeEmpty($"de melding bij {veld}");
            }
            pagina.GetElementById(FoutId(veld))!.TextContent.ShouldContain(link.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Indienen_met_fouten_geeft_een_samenvatting_met_links_en_aria_op_de_velden()
    {
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", new() { ["Invoer.Onderwerp"] = "" }, knop: "Opslaan en indienen");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        SamenvattingKlopt(pagina, "Invoer.Onderwerp", "Invoer.Openbaarheid", "Invoer.Dictum", "Invoer.GeplandBw", "Invoer.BudgettaireConsequenties");
        pagina.QuerySelector("[data-foutsamenvatting]")!.TextContent.ShouldContain("opgeslagen, maar nog niet ingediend");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Programma']")!.HasAttribute("aria-invalid").ShouldBeFalse("alleen velden met een fout");
    }

    [Fact]
    public async Task Een_lege_opmerking_komt_terug_met_de_melding_bij_het_veld()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Opmerking zonder tekst"));
        var steller = await _route.AlsAsync("steller");

        var antwoord = await steller.VerstuurAsync($"/Voorstellen/{id}", new() { ["tekst"] = "  " }, formulierSelector: "form[data-opmerking]");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "geen redirect die de melding van het veld losmaakt");
        var pagina = await TestKlant.LeesAsync(antwoord);
        SamenvattingKlopt(pagina, "Tekst");
        pagina.GetElementById(FoutId("Tekst"))!.TextContent.ShouldBe("Vul uw opmerking in.");
    }

    [Fact]
    public async Task Inloggen_zonder_wachtwoord_linkt_naar_het_veld()
    {
        var antwoord = await fabriek.Klant().VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = "steller", ["Wachtwoord"] = "" });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        SamenvattingKlopt(await TestKlant.LeesAsync(antwoord), "Wachtwoord");
    }

    [Fact]
    public async Task Een_ongeldige_regelset_linkt_elke_fout_naar_het_tekstveld_zonder_lijst_met_role_alert()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-college/Nieuw",
            new() { ["Json"] = """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Tik", "Expression": "feiten.Kostn > 0", "ErrorMessage": "x", "Properties": { "ernst": "waarschuwing" } } ] }""" });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        SamenvattingKlopt(pagina, "Json");
        pagina.QuerySelectorAll("ul[role=alert]").ShouldBeEmpty();
        pagina.QuerySelector(".regelfouten [data-regel='Tik']")!.TextContent.ShouldContain("onbekend feit 'Kostn'");
    }

    [Fact]
    public async Task Een_ongeldige_workflow_linkt_elke_fout_naar_het_tekstveld()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw",
            new() { ["Json"] = """{ "naam": "collegevoorstel", "versie": 7, "beginstatus": "Nergens", "statussen": [] }""" });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        SamenvattingKlopt(pagina, "Json");
        pagina.QuerySelectorAll(".foutsamenvatting__lijst a[data-veld='Json']").Length.ShouldBeGreaterThanOrEqualTo(2);
        pagina.QuerySelectorAll("ul[role=alert]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Verplichte_velden_zeggen_dat_in_tekst_en_voor_hulpmiddelen()
    {
        var formulier = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");

        foreach (var veld in new[] { "Invoer.Onderwerp", "Invoer.AfdelingId", "Invoer.TeamId", "Invoer.Portefeuillehouder", "Invoer.GeplandBw",
                     "Invoer.Dictum", "Invoer.SamenvattingWatEnWaarom", "Invoer.SamenvattingHoe", "Invoer.Aanleiding" })
        {
            var element = formulier.GetElementsByName(veld).Single();
            element.GetAttribute("aria-required").ShouldBe("true", veld);
            formulier.QuerySelector($"label[for='{element.Id}']")!.TextContent.ShouldContain("(verplicht)", Case.Sensitive, veld);
        }
        foreach (var groep in new[] { "Invoer.Openbaarheid", "Invoer.BudgettaireConsequenties", "Invoer.FormatieveConsequenties" })
        {
            var fieldset = formulier.GetElementsByName(groep).First().Closest("fieldset")!;
            fieldset.GetAttribute("role").ShouldBe("radiogroup", groep);
            fieldset.GetAttribute("aria-required").ShouldBe("true", groep);
            fieldset.QuerySelector("legend")!.TextContent.ShouldContain("(verplicht)", Case.Sensitive, groep);
        }
        formulier.GetElementsByName("Invoer.Programma").Single().HasAttribute("aria-required").ShouldBeFalse();
        formulier.QuerySelector("label[for='Invoer_Programma']")!.TextContent.ShouldNotContain("verplicht");
    }

    [Fact]
    public async Task Bij_behandelwijze_en_elke_plandatum_staat_wat_ze_betekenen()
    {
        var formulier = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");

        foreach (var datum in new[] { "GeplandDt", "GeplandOr", "GeplandBw", "GeplandOrNaBw", "GeplandRaad" })
        {
            var invoer = formulier.GetElementsByName($"Invoer.{datum}").Single();
            var uitleg = invoer.GetAttribute("aria-describedby")!.Split(' ').Select(formulier.GetElementById).OfType<IElement>().ToList();
            uitleg.ShouldNotBeEmpty(datum);
            uitleg.First().TextContent.Length.ShouldBeGreaterThan(30, datum);
        }
        formulier.GetElementById("gepland-bw-uitleg")!.TextContent.ShouldContain("vergaderdatum");
        var behandelwijze = formulier.GetElementsByName("Invoer.Behandelwijze").First().Closest("fieldset")!;
        var toelichting = formulier.GetElementById(behandelwijze.GetAttribute("aria-describedby")!)!.TextContent;
        toelichting.ShouldContain("hamerstuk");
        toelichting.ShouldContain("bespreekstuk");
        foreach (var sectie in formulier.QuerySelectorAll("form > fieldset"))
            formulier.GetElementById(sectie.GetAttribute("aria-describedby") ?? "")
                .ShouldNotBeNull($"uitleg bij de sectie '{sectie.QuerySelector("legend")!.TextContent.Trim()}'");
    }
}

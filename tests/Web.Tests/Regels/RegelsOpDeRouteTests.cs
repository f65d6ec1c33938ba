using System.Net;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The shipped rule sets decide the route and check the gates, over HTTP, as the users meet them.</summary>
public sealed class RegelsOpDeRouteTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    internal static Dictionary<string, string?> MetBudget(string onderwerp)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60.000";
        velden["Invoer.KostenPerJaar"] = "true";
        velden["Invoer.Dekking"] = "Voorjaarsnota";
        return velden;
    }

    [Fact]
    public async Task Regels_bepalen_adviseurs_OR_en_raad_en_de_tijdlijn_noemt_de_versies()
    {
        var velden = MetBudget("Regels bepalen de route");
        velden["Invoer.FormatieveConsequenties"] = "true";
        velden["Invoer.Fte"] = "1";
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // Juridisch, op eigen verzoek
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);

        var v = await _route.LaadAsync(id);
        v.Taken.Where(t => t.IsOpen).Select(t => t.Aspect).ShouldBe([Aspect.Financien, Aspect.Personeel, Aspect.Juridisch], ignoreOrder: true);
        v.OrVereist.ShouldBeTrue();
        v.RaadVereist.ShouldBeTrue();
        v.Gebeurtenissen.Single(g => g.Soort == RegelDienst.RouteBepaald).Omschrijving
            .ShouldContain("vereiste-adviezen versie 1 en route-or-raad versie 1");
    }

    [Fact]
    public async Task Zonder_gevolgen_geen_adviseurs_geen_OR_geen_raad()
    {
        var velden = Route.VolledigVoorstel("Geen gevolgen");
        velden["Invoer.Dictum"] = "Kennisnemen van de stand van zaken.";
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Directieteam", "geen advies nodig: door naar het DT");
        v.OrVereist.ShouldBeFalse();
        v.RaadVereist.ShouldBeFalse();
    }

    [Fact]
    public async Task Blokkerende_regel_houdt_het_directieteam_tegen_toont_waarom_en_legt_het_vast()
    {
        var id = await _route.IndienenAsync("steller", MetBudget("Zonder begrotingswijziging"));
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await _route.DoeAsync("financien", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        (await _route.LaadAsync(id)).Status.ShouldBe("Directieteam");

        // The DT secretary sees the blocking finding at the proposal before acting.
        var dt = await _route.AlsAsync("dtsecretaris");
        var details = await dt.PaginaAsync($"/Voorstellen/{id}");
        details.QuerySelector(".regeltoets [data-regel='Begrotingswijziging voor het directieteam']")!.TextContent
            .ShouldContain("Blokkerend");

        var actie = await dt.PaginaAsync($"/Voorstellen/{id}/Actie/{Triggers.DirectiebesluitVastleggen}");
        actie.QuerySelector(".regeltoets [data-regel='Begrotingswijziging voor het directieteam']")!.ClassList
            .ShouldContain("regelbevinding--blokkerend");

        var antwoord = await _route.ActieAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "geweigerd, met uitleg op de pagina");
        var fouten = await Route.Fouten(antwoord);
        fouten.ShouldContain("'Directiebesluit vastleggen' kan nog niet (regelset poort-directieteam versie 1)");
        fouten.ShouldContain("Het voorstel heeft budgettaire consequenties (EUR 60.000 per jaar), maar er is geen bijlage van de soort begrotingswijziging bijgevoegd.");

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Directieteam");
        v.Directiebesluit.ShouldBeNull();
        var blok = v.Gebeurtenissen.Single(g => g.Soort == RegelDienst.Geblokkeerd);
        blok.ActorNaam.ShouldBe("N. Bos");
        blok.Omschrijving.ShouldContain("regelset poort-directieteam versie 1");
        blok.Omschrijving.ShouldContain("Begrotingswijziging voor het directieteam");
    }

    [Fact]
    public async Task Negatief_financieel_advies_blokkeert_het_directieteam()
    {
        var velden = MetBudget("Negatief financieel advies");
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in bijlage) velden[k] = w;
        var id = await _route.IndienenAsync("steller", velden, bestanden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await _route.DoeAsync("financien", id, Triggers.AdviesUitbrengen,
            new() { ["Invoer.Instemming"] = "false", ["Invoer.Opmerking"] = "Dekking ontbreekt." });
        (await _route.LaadAsync(id)).Status.ShouldBe("Directieteam");

        var antwoord = await _route.ActieAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await Route.Fouten(antwoord)).ShouldContain("positief advies van Financiën nodig voordat het directieteam besluit (instemming Financiën: nee)");
        // Returning is never blocked by rules.
        await _route.DoeAsync("dtsecretaris", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Eerst de dekking regelen." });
        (await _route.LaadAsync(id)).Status.ShouldBe("Teruggestuurd");
    }

    [Fact]
    public async Task Waarschuwing_bij_indienen_wordt_getoond_en_vastgelegd_met_de_versie()
    {
        var velden = MetBudget("Na de Voorjaarsnota");
        // Three weeks after the test day in June: after this year's Voorjaarsnota deadline (early March).
        var bw = DateOnly.Parse(Route.Datum(20));
        velden["Invoer.GeplandBw"] = bw.ToString("yyyy-MM-dd");
        var klant = await _route.AlsAsync("steller");
        var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[2]);

        var details = await klant.PaginaAsync($"/Voorstellen/{id}");
        details.QuerySelector(".melding--waarschuwing")!.TextContent.ShouldContain($"niet bekend voor de deadline van de Voorjaarsnota {bw.Year}");

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("ParaafAfdelingshoofd", "een waarschuwing houdt niets tegen");
        var waarschuwingen = v.Gebeurtenissen.Where(g => g.Soort == RegelDienst.Waarschuwing).Select(g => g.Omschrijving).ToList();
        waarschuwingen.ShouldContain(w => w.Contains("De kosten (EUR 60.000 per jaar) zijn niet bekend voor de deadline van de Voorjaarsnota") &&
                                          w.Contains("regelset poort-indienen versie 1"));
        waarschuwingen.ShouldContain(w => w.Contains("nog geen bijlage van de soort begrotingswijziging"));
    }

    [Fact]
    public async Task Concept_opslaan_toont_bevindingen_zonder_te_blokkeren_indienen_wordt_wel_tegengehouden()
    {
        var velden = Route.VolledigVoorstel("Embargo te vroeg");
        velden["Invoer.Openbaarheid"] = "Uitgesteld";
        velden["Invoer.OpenbaarNa"] = Route.Datum(7);
        var klant = await _route.AlsAsync("steller");
        var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var pad = antwoord.Headers.Location!.OriginalString;
        var id = int.Parse(pad.Split('/').Last());

        var formulier = await klant.PaginaAsync(pad);
        var bevinding = formulier.QuerySelector(".regeltoets [data-regel='Embargo na de collegevergadering']")!;
        bevinding.TextContent.ShouldContain("Blokkerend");
        bevinding.TextContent.ShouldContain("moet na de collegevergadering van");
        (await _route.LaadAsync(id)).Status.ShouldBe("Concept", "opgeslagen, niets tegengehouden");

        var indienen = await klant.VerstuurAsync(pad, [], knop: "Opslaan en indienen");
        indienen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Route.Fouten(indienen)).ShouldContain("'Indienen' kan nog niet (regelset poort-indienen versie 1): De openbaarheid is uitgesteld tot");
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Concept");
        v.Gebeurtenissen.ShouldContain(g => g.Soort == RegelDienst.Geblokkeerd && g.Omschrijving.Contains("Embargo na de collegevergadering"));
    }

    [Fact]
    public async Task Formatieve_consequenties_vragen_het_advies_van_de_OR_voor_het_college()
    {
        var velden = Route.VolledigVoorstel("Formatie zonder OR");
        velden["Invoer.FormatieveConsequenties"] = "true";
        velden["Invoer.Fte"] = "2";
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await _route.DoeAsync("personeel", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await _route.LaadAsync(id)).Status.ShouldBe("OndernemingsRaad", "de regels zetten de OR op de route");
    }
}

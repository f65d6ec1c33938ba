using System.Net;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>Proposals taken through every gate over HTTP, with antiforgery, by the role accounts.</summary>
public class RouteTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Voorstel_gaat_van_concept_tot_besloten_langs_elke_poort()
    {
        var velden = Route.VolledigVoorstel("Beleidskader Thuis in de Buurt");
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60.000";
        velden["Invoer.KostenPerJaar"] = "true";
        velden["Invoer.Dekking"] = "Voorjaarsnota";
        velden["Invoer.FormatieveConsequenties"] = "true";
        velden["Invoer.Fte"] = "0,67";
        // Budget impact: the rules require a begrotingswijziging before the DT.
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in bijlage) velden[k] = w;
        var id = await _route.IndienenAsync("steller", velden, bestanden);

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("ParaafAfdelingshoofd");
        v.Registratienummer!.ShouldMatch(@"^\d{2}-\d{5}$");
        v.Kosten.ShouldBe(60000m);
        v.Fte.ShouldBe(0.67m);
        v.Taken.Single(t => t.IsOpen).HouderNaam.ShouldBe("M. Verbeek");

        // Returned by the afdelingshoofd; the steller revises and the route resumes at the paraaf.
        (await _route.ActieAsync("afdelingshoofd", id, Triggers.Terugsturen)).StatusCode.ShouldBe(HttpStatusCode.OK, "zonder reden geweigerd");
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Graag de dekking concreter." });
        (await _route.LaadAsync(id)).Status.ShouldBe("Teruggestuurd");
        var steller = await _route.AlsAsync("steller");
        var herzien = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}",
            new() { ["Invoer.Dekking"] = "Voorjaarsnota 2021, programma Sociaal domein" }, knop: "Opslaan en indienen");
        herzien.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(herzien));
        (await _route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");

        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        v = await _route.LaadAsync(id);
        v.Status.ShouldBe("InAdvies");
        v.Taken.Where(t => t.IsOpen).Select(t => t.Aspect).ShouldBe([Aspect.Financien, Aspect.Personeel], ignoreOrder: true);

        await _route.DoeAsync("financien", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true", ["Invoer.Opmerking"] = "Akkoord." });
        (await _route.LaadAsync(id)).Status.ShouldBe("InAdvies", "wacht op het advies personeel");
        await _route.DoeAsync("personeel", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        (await _route.LaadAsync(id)).Status.ShouldBe("Directieteam");

        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await _route.LaadAsync(id)).Status.ShouldBe("OndernemingsRaad");
        await _route.DoeAsync("orsecretaris", id, Triggers.OrAdviesVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(2), ["Invoer.Tekst"] = "Positief advies." });
        (await _route.LaadAsync(id)).Status.ShouldBe("CollegeVanBW");

        await _route.DoeAsync("secretariaat", id, Triggers.Aanhouden, new()
        {
            ["Invoer.Datum"] = Route.Datum(3), ["Invoer.NieuweDatum"] = Route.Datum(10), ["Invoer.Reden"] = "Eerst bespreken met wethouder Tax.",
        });
        v = await _route.LaadAsync(id);
        v.Status.ShouldBe("CollegeVanBW");
        v.GeplandBw.ShouldBe(DateOnly.Parse(Route.Datum(10)));

        await _route.DoeAsync("secretariaat", id, Triggers.InstemmenMetWijzigingen, new()
        {
            ["Invoer.Datum"] = Route.Datum(10), ["Invoer.Volgnummer"] = "4", ["Invoer.BehandelendTeam"] = "MOADO",
            ["Invoer.Tekst"] = "Het college kan instemmen met het voorstel, met tekstuele aanpassingen.",
        });
        v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Gemeenteraad");
        v.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.IngestemdMetWijzigingen);
        v.Collegebesluit.Volgnummer.ShouldBe(4);

        await _route.DoeAsync("griffie", id, Triggers.RaadVaststellen,
            new() { ["Invoer.Datum"] = Route.Datum(30), ["Invoer.Tekst"] = "De raad stelt het beleidskader vast." });
        v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Gepubliceerd", "besloten en openbaar: meteen gepubliceerd");
        v.Taken.ShouldAllBe(t => !t.IsOpen);
        v.Gebeurtenissen.Select(g => g.Soort).ShouldContain(Triggers.Terugsturen);
        v.Gebeurtenissen.Single(g => g.Soort == Triggers.Terugsturen).Reden.ShouldBe("Graag de dekking concreter.");

        var pagina = await steller.PaginaAsync($"/Voorstellen/{id}");
        pagina.QuerySelector(".stand .badge")!.TextContent.ShouldBe("Gepubliceerd");
        pagina.QuerySelectorAll(".tijdlijn__item").Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Steller_trekt_voorstel_in_tijdens_advies_en_open_taken_vervallen()
    {
        var velden = Route.VolledigVoorstel("In te trekken voorstel");
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        (await _route.LaadAsync(id)).Status.ShouldBe("InAdvies");

        (await _route.ActieAsync("steller", id, Triggers.Intrekken)).StatusCode.ShouldBe(HttpStatusCode.OK, "reden is verplicht");
        await _route.DoeAsync("steller", id, Triggers.Intrekken, new() { ["Invoer.Reden"] = "Niet meer nodig." });
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Ingetrokken");
        v.Taken.ShouldAllBe(t => !t.IsOpen);
    }

    [Fact]
    public async Task College_wijst_voorstel_af()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Af te wijzen voorstel"));
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        (await _route.LaadAsync(id)).Status.ShouldBe("Directieteam", "zonder vereiste adviezen meteen door");
        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await _route.LaadAsync(id)).Status.ShouldBe("CollegeVanBW", "zonder personele gevolgen geen OR");
        await _route.DoeAsync("secretariaat", id, Triggers.Afwijzen, new()
        {
            ["Invoer.Datum"] = Route.Datum(7), ["Invoer.Tekst"] = "Het college kan niet instemmen.",
        });
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Gepubliceerd", "een afwijzing is ook een besluit, en het voorstel is openbaar");
        v.Gebeurtenissen.Single(g => g.Soort == Triggers.Publiceren).VanStatus.ShouldBe("Afgewezen");
        v.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Afgewezen);
    }
}

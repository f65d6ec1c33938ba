using AngleSharp.Dom;
using System.Net;
using System.Text.Json.Nodes;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Workflows;

/// <summary>
/// The beheerder's workflow pages: refused for others; every definition per family with its versions and the cases
/// on them; one version's states, transitions, diagram and JSON; an upload checked and previewed before it is stored.
/// </summary>
public class WorkflowBeheerTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<List<WorkflowDefinitieRecord>> VersiesAsync(string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.WorkflowDefinities.AsNoTracking().Where(w => w.Naam == naam).OrderBy(w => w.Versie).ToListAsync();
    }

    /// <summary>The highest stored version of <paramref name="naam"/> as JSON, with its version raised by one.</summary>
    private async Task<JsonObject> VolgendeAsync(string naam)
    {
        var hoogste = (await VersiesAsync(naam)).Last();
        var json = JsonNode.Parse(hoogste.Json)!.AsObject();
        json["versie"] = hoogste.Versie + 1;
        return json;
    }

    private static JsonObject Stap(JsonObject json, string naam) =>
        json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == naam)!.AsObject();

    [Theory]
    [InlineData("/Beheer/Workflows")]
    [InlineData("/Beheer/Workflows/collegevoorstel/2")]
    [InlineData("/Beheer/Workflows/collegevoorstel/2?handler=Json")]
    [InlineData("/Beheer/Workflows/Nieuw")]
    [InlineData("/Beheer/Workflows/Nieuw?naam=thuis-in-de-buurt-accommodatie")]
    public async Task Alleen_de_beheerder_komt_op_de_workflowpaginas(string url)
    {
        var (geweigerd, _) = await (await _route.AlsAsync("projectleider")).GetAsync(url);
        geweigerd.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        geweigerd.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        var (anoniem, _) = await fabriek.Klant().GetAsync(url);
        anoniem.Headers.Location!.OriginalString.ShouldContain("/Account/Inloggen");
        var (toegestaan, _) = await (await _route.AlsAsync("beheerder")).GetAsync(url);
        toegestaan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/Beheer/Workflows/Nieuw?handler=Controleren")]
    [InlineData("/Beheer/Workflows/Nieuw?handler=Opslaan")]
    public async Task Een_post_van_een_ander_dan_de_beheerder_wordt_geweigerd_en_slaat_niets_op(string url)
    {
        // Other tests of this class may store a version first (the class shares one app): count before and after.
        var voor = (await VersiesAsync("voorzieningenprogramma")).Count;
        var json = (await VolgendeAsync("voorzieningenprogramma")).ToJsonString();
        var directeur = await _route.AlsAsync("directeur");
        var antwoord = await directeur.Http.PostAsync(url, new FormUrlEncodedContent(
            [new("Json", json), new("GecontroleerdeHash", Besluitvorming.Web.Workflows.WorkflowBeheer.Hash(json))]));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        (await VersiesAsync("voorzieningenprogramma")).Count.ShouldBe(voor);
    }

    [Fact]
    public async Task Beheer_linkt_naar_de_workflows()
    {
        var pagina = await (await _route.AlsAsync("beheerder")).PaginaAsync("/Beheer");
        pagina.QuerySelector("a[href='/Beheer/Workflows']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Overzicht_toont_per_familie_elke_definitie_met_versies_bron_en_lopende_zaken()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        int Lopend(AngleSharp.Html.Dom.IHtmlDocument p) =>
            int.Parse(p.QuerySelector("section[data-workflow='thuis-in-de-buurt-accommodatie'] tr[data-versie='1'] [data-lopend]")!.GetAttribute("data-lopend")!);

        var voor = await beheerder.PaginaAsync("/Beheer/Workflows");
        voor.QuerySelectorAll("section[data-familie='collegevoorstel'] section[data-workflow]").Select(s => s.GetAttribute("data-workflow"))
            .ShouldContain("collegevoorstel");
        voor.QuerySelectorAll("section[data-familie='traject'] section[data-workflow]").Select(s => s.GetAttribute("data-workflow"))
            .ShouldBe(["thuis-in-de-buurt-accommodatie", "voorzieningenprogramma"], ignoreOrder: true);
        var rij = voor.QuerySelector("section[data-workflow='collegevoorstel'] tr[data-versie='2']")!;
        rij.QuerySelector("[data-door]")!.TextContent.ShouldBe("uit seeds/workflows/collegevoorstel.json");
        rij.QuerySelector("code")!.GetAttribute("title")!.ShouldContain((await VersiesAsync("collegevoorstel"))[0].Hash);
        voor.QuerySelector("section[data-workflow='voorzieningenprogramma'] h3")!.TextContent.ShouldContain("(voorzieningenprogramma)");

        await StartTrajectAsync(fabriek, "Dorpshuis Overzicht");
        var na = await beheerder.PaginaAsync("/Beheer/Workflows");
        Lopend(na).ShouldBe(Lopend(voor) + 1);
    }

    /// <summary>Starts a traject on the newest version of thuis-in-de-buurt-accommodatie, as its projectleider.</summary>
    internal static async Task<int> StartTrajectAsync(BesluitvormingFabriek app, string naam)
    {
        using var scope = app.Services.CreateScope();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var definitie = await dienst.NieuwsteDefinitieAsync("thuis-in-de-buurt-accommodatie");
        var traject = Traject.Start(definitie, naam, await db.Projecten.Select(p => (int?)p.Id).FirstOrDefaultAsync(),
            new Taakhouder(Leider.Id, Leider.Naam), new Dictionary<string, Taakhouder> { [Rollen.Steller] = new("eig-test", "E. Igenaar") },
            Leider, app.Klok.GetUtcNow().UtcDateTime, kern: "Testdorp", groep: null);
        await dienst.StartAsync(traject);
        return traject.Id;
    }

    internal static readonly Actor Leider = new("pl-test", "P. Leider", new HashSet<string> { Rollen.Projectleider },
        new HashSet<Besluitvorming.Workflows.Voorstellen.Aspect>(), null, new HashSet<string>());

    [Fact]
    public async Task Een_versie_toont_stappen_met_eigenaar_termijn_bewijs_en_besluitmoment_het_diagram_en_de_json()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var pagina = await beheerder.PaginaAsync("/Beheer/Workflows/thuis-in-de-buurt-accommodatie/1");

        var stakeholder = pagina.QuerySelector("table.workflow-statussen tr[data-status='Stakeholderbijeenkomst']")!.TextContent;
        stakeholder.ShouldContain("(begin)");
        stakeholder.ShouldContain("Steller");
        stakeholder.ShouldContain("20 werkdagen");
        stakeholder.ShouldContain("Verslag");
        pagina.QuerySelector("tr[data-status='Stakeholderbijeenkomst'] li[data-trigger='Overslaan']")!.TextContent.ShouldContain("→ Veerkrachtdialoog");
        pagina.QuerySelector("tr[data-status='Besluitmoment']")!.TextContent.ShouldContain("afgewezen: terug naar Bedrijfsplan");
        pagina.QuerySelector("tr[data-status='Afgerond']")!.TextContent.ShouldContain("(eind)");
        pagina.QuerySelector("pre.mermaid#route")!.TextContent.ShouldContain("Stakeholderbijeenkomst --> Veerkrachtdialoog");
        pagina.QuerySelector("[data-mermaid-bron]")!.TextContent.ShouldBe(pagina.QuerySelector("pre.mermaid#route")!.TextContent);
        pagina.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "").ShouldContain(s => s.StartsWith("/lib/mermaid/mermaid.min.js"));

        var college = await beheerder.PaginaAsync("/Beheer/Workflows/collegevoorstel/2");
        college.QuerySelector("tr[data-status='ParaafAfdelingshoofd'] li[data-trigger='Paraferen'] a")!.GetAttribute("href")
            .ShouldBe("/Beheer/Regels#set-poort-paraaf");

        var download = await beheerder.Http.GetAsync("/Beheer/Workflows/thuis-in-de-buurt-accommodatie/1?handler=Json");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("thuis-in-de-buurt-accommodatie-v1.json");
        (await download.Content.ReadAsStringAsync()).ShouldBe((await VersiesAsync("thuis-in-de-buurt-accommodatie"))[0].Json);

        (await beheerder.GetAsync("/Beheer/Workflows/thuis-in-de-buurt-accommodatie/99")).Antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Nieuwe_versie_begint_met_de_hoogste_versie_plus_een()
    {
        var pagina = await (await _route.AlsAsync("beheerder")).PaginaAsync("/Beheer/Workflows/Nieuw?naam=voorzieningenprogramma");
        var hoogste = (await VersiesAsync("voorzieningenprogramma")).Last().Versie;
        ((int)JsonNode.Parse(pagina.QuerySelector("textarea#Json")!.TextContent)!["versie"]!).ShouldBe(hoogste + 1);
    }

    public static TheoryData<string, string> SlechteVersies() => new()
    {
        { "kapotte JSON", "geen geldige JSON" },
        { "versie overgeslagen", "'versie' moet" },
        { "onbekende poort", "onbekende poort 'traject-wethouder' (er is geen regelset 'poort-traject-wethouder')" },
        { "onbekend bewijs", "stap 'Veerkrachtdialoog': onbekende bewijssoort 'Foto'" },
        { "onbekende doelstatus", "status 'Evaluatie', trigger 'Voltooien': onbekende status 'Klaar'" },
        { "andere familie", "familie 'collegevoorstel' wijkt af van de opgeslagen versies" },
    };

    [Theory]
    [MemberData(nameof(SlechteVersies))]
    public async Task Een_slechte_versie_wordt_met_alle_problemen_geweigerd_en_de_tekst_blijft_staan(string geval, string melding)
    {
        var json = await VolgendeAsync("thuis-in-de-buurt-accommodatie");
        switch (geval)
        {
            case "versie overgeslagen": json["versie"] = (int)json["versie"]! + 1; break;
            case "onbekende poort": Stap(json, "Stakeholderbijeenkomst")["overgangen"]![0]!["poort"] = "traject-wethouder"; break;
            case "onbekend bewijs": Stap(json, "Veerkrachtdialoog")["vereistBewijs"] = new JsonArray("Foto"); break;
            case "onbekende doelstatus": Stap(json, "Evaluatie")["overgangen"]![0]!["naar"] = "Klaar"; break;
            case "andere familie":
                json = JsonNode.Parse((await VersiesAsync("collegevoorstel")).Last().Json)!.AsObject();
                json["naam"] = "thuis-in-de-buurt-accommodatie";
                json["versie"] = (await VersiesAsync("thuis-in-de-buurt-accommodatie")).Last().Versie + 1;
                break;
        }
        var tekst = geval == "kapotte JSON" ? json.ToJsonString()[..200] : json.ToJsonString();
        var aantal = (await VersiesAsync("thuis-in-de-buurt-accommodatie")).Count;

        var antwoord = await (await _route.AlsAsync("beheerder")).VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = tekst });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, geval);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("#Json-fout .workflowfouten, .workflowfouten")!.TextContent.ShouldContain(melding, Case.Sensitive, geval);
        pagina.QuerySelector(".foutsamenvatting")!.TextContent.ShouldContain("De workflow is niet opgeslagen.");
        pagina.QuerySelector("textarea#Json")!.TextContent.ShouldBe(tekst, "de invoer blijft staan");
        pagina.QuerySelector("button[formaction*='handler=Opslaan']").ShouldBeNull("zonder geslaagde controle valt er niets op te slaan");
        (await VersiesAsync("thuis-in-de-buurt-accommodatie")).Count.ShouldBe(aantal, geval);
    }

    [Fact]
    public async Task Controleren_toont_het_verschil_en_pas_opslaan_bewaart_de_versie_met_de_beheerder()
    {
        var json = await VolgendeAsync("voorzieningenprogramma");
        var versie = (int)json["versie"]!;
        var statussen = json["statussen"]!.AsArray();
        var aanleiding = Stap(json, "Aanleiding");
        var verkenning = aanleiding.DeepClone().AsObject();
        verkenning["naam"] = "Verkenning";
        verkenning["titel"] = "Verkenning";
        foreach (var o in verkenning["overgangen"]!.AsArray()) o!["naar"] = "Aanleiding";
        verkenning.Remove("besluitmoment");
        statussen.Insert(0, verkenning);
        json["beginstatus"] = "Verkenning";
        var tekst = json.ToJsonString();
        var beheerder = await _route.AlsAsync("beheerder");

        var controle = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = tekst });
        controle.StatusCode.ShouldBe(HttpStatusCode.OK, await Route.Fouten(controle));
        var voorbeeld = await TestKlant.LeesAsync(controle);
        voorbeeld.QuerySelector("[data-controle='in-orde']")!.TextContent.ShouldContain($"voorzieningenprogramma versie {versie} is in orde");
        voorbeeld.QuerySelectorAll("[data-verschil='status-erbij']").Select(e => e.TextContent).ShouldBe(["Status erbij: Verkenning"]);
        voorbeeld.QuerySelectorAll("[data-verschil='overgang-erbij']").ShouldNotBeEmpty();
        voorbeeld.QuerySelectorAll("[data-verschil='status-weg'], [data-verschil='overgang-weg']").ShouldBeEmpty();
        (await VersiesAsync("voorzieningenprogramma")).Count.ShouldBe(versie - 1, "controleren slaat niets op");

        var formulier = voorbeeld.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        var opslaan = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", formulier, [], knop: $"Opslaan als versie {versie}");
        opslaan.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opslaan));
        opslaan.Headers.Location!.OriginalString.ShouldBe($"/Beheer/Workflows/voorzieningenprogramma/{versie}");

        var opgeslagen = (await VersiesAsync("voorzieningenprogramma")).Last();
        opgeslagen.Versie.ShouldBe(versie);
        opgeslagen.Json.ShouldBe(tekst);
        opgeslagen.Familie.ShouldBe("traject");
        opgeslagen.GeregistreerdDoor.ShouldBe("A. Beheer");
        opgeslagen.Hash.ShouldBe(Besluitvorming.Web.Workflows.WorkflowBeheer.Hash(tekst));
        var overzicht = await beheerder.PaginaAsync("/Beheer/Workflows");
        overzicht.QuerySelector("section[data-workflow='voorzieningenprogramma'] [data-nieuwe-zaken]")!.GetAttribute("data-nieuwe-zaken").ShouldBe(versie.ToString());
        overzicht.QuerySelector($"section[data-workflow='voorzieningenprogramma'] tr[data-versie='{versie}'] [data-door]")!.TextContent.ShouldBe("A. Beheer");

        // The same text again is no longer the next version.
        var nogmaals = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", formulier, [], knop: $"Opslaan als versie {versie}");
        nogmaals.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(nogmaals)).QuerySelector(".workflowfouten")!.TextContent.ShouldContain($"'versie' moet {versie + 1} zijn");
        (await VersiesAsync("voorzieningenprogramma")).Count.ShouldBe(versie);
    }

    [Fact]
    public async Task Opslaan_van_een_tekst_die_na_de_controle_is_gewijzigd_slaat_niets_op()
    {
        var json = await VolgendeAsync("thuis-in-de-buurt-accommodatie");
        var aantal = (await VersiesAsync("thuis-in-de-buurt-accommodatie")).Count;
        var beheerder = await _route.AlsAsync("beheerder");
        var voorbeeld = await TestKlant.LeesAsync(await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = json.ToJsonString() }));
        var formulier = voorbeeld.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        Stap(json, "Evaluatie")["titel"] = "Evaluatie na een jaar";
        var gewijzigd = json.ToJsonString();

        var antwoord = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", formulier, new() { ["Json"] = gewijzigd }, knop: "Opslaan");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector(".foutsamenvatting")!.TextContent.ShouldContain("De tekst is na de controle gewijzigd.");
        pagina.QuerySelector("[data-verschil='status-gewijzigd']")!.TextContent.ShouldBe("Status gewijzigd: Evaluatie");
        pagina.QuerySelector("textarea#Json")!.TextContent.ShouldBe(gewijzigd);
        (await VersiesAsync("thuis-in-de-buurt-accommodatie")).Count.ShouldBe(aantal);
    }

    [Fact]
    public async Task Een_geupload_bestand_wordt_gecontroleerd_en_komt_in_het_veld()
    {
        var json = await VolgendeAsync("thuis-in-de-buurt-accommodatie");
        Stap(json, "Veerkrachtdialoog")["eigenaarRol"] = "Tuinman";
        var tekst = json.ToJsonString();
        var antwoord = await (await _route.AlsAsync("beheerder")).VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = "" },
            bestanden: [("Bestand", "accommodatie.json", System.Text.Encoding.UTF8.GetBytes(tekst))]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector(".workflowfouten")!.TextContent.ShouldContain("stap 'Veerkrachtdialoog': 'eigenaarRol' ontbreekt of is onbekend ('Tuinman')");
        pagina.QuerySelector("textarea#Json")!.TextContent.ShouldBe(tekst);
    }

    [Fact]
    public async Task Een_leeg_formulier_krijgt_een_melding_bij_het_veld()
    {
        var antwoord = await (await _route.AlsAsync("beheerder")).VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = "" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector(".workflowfouten")!.TextContent
            .ShouldContain("Plak de definitie (JSON) in het veld of kies een bestand.");
    }
}

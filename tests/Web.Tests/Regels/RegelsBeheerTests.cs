using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The beheerder's rule-set pages: refused for others, validation before anything changes, dry run, diff, activation.</summary>
public sealed class RegelsBeheerTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<List<RegelsetVersie>> VersiesAsync(string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.RegelsetVersies.AsNoTracking().Where(r => r.Naam == naam).OrderBy(r => r.Versie).ToListAsync();
    }

    [Theory]
    [InlineData("/Beheer")]
    [InlineData("/Beheer/Regels")]
    [InlineData("/Beheer/Regels/poort-college/1")]
    [InlineData("/Beheer/Regels/poort-college/Nieuw")]
    [InlineData("/Beheer/Begrotingskalender")]
    public async Task Alleen_de_beheerder_komt_op_de_beheerpaginas(string url)
    {
        var (geweigerd, _) = await (await _route.AlsAsync("steller")).GetAsync(url);
        geweigerd.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        geweigerd.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        var (anoniem, _) = await fabriek.Klant().GetAsync(url);
        anoniem.Headers.Location!.OriginalString.ShouldContain("/Account/Inloggen");
        var (toegestaan, _) = await (await _route.AlsAsync("beheerder")).GetAsync(url);
        toegestaan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/Beheer/Regels/poort-college/1?handler=Activeren")]
    [InlineData("/Beheer/Regels/poort-college/Nieuw")]
    [InlineData("/Beheer/Begrotingskalender")]
    [InlineData("/Beheer/Begrotingskalender?handler=Verwijderen&jaar=2021")]
    [InlineData("/Beheer/Vergaderkalender")]
    [InlineData("/Beheer/Vergaderkalender?handler=Verwijderen&id=1")]
    public async Task Een_post_van_een_ander_dan_de_beheerder_wordt_geweigerd(string url)
    {
        var directeur = await _route.AlsAsync("directeur");
        var antwoord = await directeur.Http.PostAsync(url, new FormUrlEncodedContent([new("Json", "{}"), new("Invoer.Jaar", "2099")]));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        (await VersiesAsync("poort-college")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Overzicht_toont_elke_regelset_met_actieve_versie_en_wie()
    {
        var pagina = await (await _route.AlsAsync("beheerder")).PaginaAsync("/Beheer/Regels");
        var sets = pagina.QuerySelectorAll("section[data-regelset]").Select(s => s.GetAttribute("data-regelset")).ToList();
        sets.ShouldContain("vereiste-adviezen");
        sets.ShouldContain("poort-directieteam");
        pagina.QuerySelector("section[data-regelset='poort-directieteam'] tr[data-versie='1']")!.GetAttribute("data-status").ShouldBe("Actief");
        pagina.QuerySelector("section[data-regelset='poort-directieteam'] tr[data-versie='1']")!.TextContent.ShouldContain(RegelsInitialisatie.Systeem);
    }

    public static TheoryData<string, string, string> SlechteVersies() => new()
    {
        { "kapotte JSON", """{ "WorkflowName": "poort-college", "Rules": [ """, "Geen geldige JSON" },
        { "lege set", """{ "WorkflowName": "poort-college", "Rules": [] }""", "De regelset bevat geen regels." },
        { "onbekend feit", """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Nieuw", "Expression": "feiten.Begroting > 0", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } } ] }""", "Regel 'Nieuw': onbekend feit 'Begroting'" },
        { "compileert niet", """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Kapot", "Expression": "feiten.Kosten > (", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } } ] }""", "Regel 'Kapot': de expressie compileert niet" },
        { "zonder ernst", """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Zacht", "Expression": "true", "ErrorMessage": "x" } ] }""", "Regel 'Zacht': de ernst ontbreekt" },
        { "zonder melding", """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Stil", "Expression": "true", "Properties": { "ernst": "waarschuwing" } } ] }""", "Regel 'Stil': de melding ontbreekt" },
    };

    [Theory]
    [MemberData(nameof(SlechteVersies))]
    public async Task Slechte_versie_wordt_geweigerd_en_de_actieve_blijft_actief(string geval, string json, string melding)
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-college/Nieuw",
            new() { ["Json"] = json, ["Toelichting"] = geval });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, geval);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector(".regelfouten")!.TextContent.ShouldContain(melding);
        pagina.QuerySelector("textarea#Json")!.TextContent.ShouldBe(json, "de invoer blijft staan");
        var versies = await VersiesAsync("poort-college");
        versies.Count.ShouldBe(1, geval);
        versies.Single().Status.ShouldBe(Regelsetstatus.Actief);
    }

    [Fact]
    public async Task Upload_als_bestand_wordt_ook_gecontroleerd()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var json = """{ "WorkflowName": "poort-paraaf", "Rules": [ { "RuleName": "Tik", "Expression": "feiten.Kostn > 0", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } } ] }""";
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-paraaf/Nieuw", new() { ["Json"] = "" },
            bestanden: [("Bestand", "poort-paraaf.json", System.Text.Encoding.UTF8.GetBytes(json))]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector(".regelfouten [data-regel='Tik']")!.TextContent.ShouldContain("onbekend feit 'Kostn'");
        (await VersiesAsync("poort-paraaf")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Geldige_versie_wordt_concept_met_diff_en_proefdraai_en_blijft_tot_activeren_buiten_werking()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var nieuw = (await VersiesAsync("poort-gemeenteraad")).Single().Json
            .Replace("\"RuleName\": \"College heeft ingestemd\"", "\"RuleName\": \"College heeft ingestemd\", \"$comment\": \"gewijzigd\"")
            .Replace("Het college heeft nog niet met het voorstel ingestemd.", "Het college moet eerst instemmen ({Status}).");
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-gemeenteraad/Nieuw",
            new() { ["Json"] = nieuw, ["Toelichting"] = "Status in de melding" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        antwoord.Headers.Location!.OriginalString.ShouldBe("/Beheer/Regels/poort-gemeenteraad/2");

        var versies = await VersiesAsync("poort-gemeenteraad");
        versies.Select(v => (v.Versie, v.Status)).ShouldBe([(1, Regelsetstatus.Actief), (2, Regelsetstatus.Concept)]);
        versies[1].GewijzigdDoor.ShouldBe("A. Beheer");
        versies[1].Toelichting.ShouldBe("Status in de melding");

        // Diff against the active version.
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Proefdraaien"));
        var pagina = await beheerder.PaginaAsync($"/Beheer/Regels/poort-gemeenteraad/2?VoorstelId={id}");
        pagina.QuerySelectorAll(".diff__erbij").Select(e => e.TextContent).ShouldContain(t => t.Contains("Het college moet eerst instemmen ({Status})."));
        pagina.QuerySelectorAll(".diff__weg").Select(e => e.TextContent).ShouldContain(t => t.Contains("Het college heeft nog niet met het voorstel ingestemd."));

        // Dry run against an existing proposal: per rule passed or failed, severity and message.
        var rij = pagina.QuerySelector(".proefdraai tr[data-regel='College heeft ingestemd']")!;
        rij.GetAttribute("data-geslaagd").ShouldBe("false");
        rij.TextContent.ShouldContain("blokkerend");
        rij.TextContent.ShouldContain("Het college moet eerst instemmen (ParaafAfdelingshoofd).");
        pagina.QuerySelector(".proefdraai tr[data-regel='Begrotingswijziging voor de raad']")!.GetAttribute("data-geslaagd").ShouldBe("true");
        (await beheerder.PaginaAsync("/Beheer/Regels/poort-gemeenteraad/2?VoorstelId=999999")).QuerySelector(".melding--fout")!
            .TextContent.ShouldContain("Er is geen voorstel met nummer 999999.");
    }
}

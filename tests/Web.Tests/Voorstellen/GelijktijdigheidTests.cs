using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// Two people acting on the same proposal at once: never a double transition, never a lost update. The requests are
/// made to overlap (both have loaded the proposal before either starts its transaction), and each test asserts that
/// the losing save did meet the conflict.
/// </summary>
public class GelijktijdigheidTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Afdelingshoofd_en_plaatsvervanger_paraferen_tegelijk_en_er_is_een_paraaf()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Tegelijk geparafeerd"));
        var hoofd = await _route.AlsAsync("afdelingshoofd");
        var vervanger = await _route.AlsAsync("afdelingshoofd2");
        var url = $"/Voorstellen/{id}/Actie/{Triggers.Paraferen}";
        var formulierHoofd = (await hoofd.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var formulierVervanger = (await vervanger.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        var samenkomst = fabriek.Gelijktijdig.BijTransactie(2);
        var antwoorden = await Task.WhenAll(
            hoofd.VerstuurAsync(url, formulierHoofd, []),
            vervanger.VerstuurAsync(url, formulierVervanger, []));

        samenkomst.Samen.ShouldBeTrue();
        samenkomst.Conflicten.ShouldBe(1, "de tweede opslag botst op de versie van de eerste");
        var v = await _route.LaadAsync(id);
        v.Gebeurtenissen.Count(g => g.Soort == Triggers.Paraferen).ShouldBe(1);
        v.Status.ShouldBe("Directieteam");

        // The loser is told, either on the form it sent or on the proposal it is sent back to.
        var klanten = new[] { hoofd, vervanger };
        var meldingen = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var a = antwoorden[i];
            var pagina = a.StatusCode == HttpStatusCode.Redirect
                ? await klanten[i].PaginaAsync(a.Headers.Location!.OriginalString)
                : await TestKlant.LeesAsync(a);
            meldingen.Add(pagina.QuerySelector(".melding--fout, .validation-summary-errors")?.TextContent ?? "");
        }
        meldingen.Count(m => m.Contains("Iemand anders heeft dit voorstel intussen gewijzigd")).ShouldBe(1);
        meldingen.Count(m => m.Length == 0).ShouldBe(1);
    }

    [Fact]
    public async Task Wie_op_een_verouderde_pagina_handelt_krijgt_een_duidelijke_melding_en_verandert_niets()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Verouderde pagina"));
        var steller = await _route.AlsAsync("steller");
        var url = $"/Voorstellen/{id}/Actie/{Triggers.Intrekken}";
        var oud = (await steller.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        await _route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Eerst de planning aanpassen." });
        // The steller revises and resubmits in another tab; the old withdrawal page is now stale.
        var herzien = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", [], knop: "Opslaan en indienen");
        herzien.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(herzien));

        var antwoord = await steller.VerstuurAsync(url, oud, new() { ["Invoer.Reden"] = "Toch niet." });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector(".validation-summary-errors, .melding--fout")!.TextContent
            .ShouldContain("Iemand anders heeft dit voorstel intussen gewijzigd");
        (await _route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public async Task Twee_adviseurs_die_tegelijk_adviseren_raken_geen_van_beide_hun_advies_kwijt()
    {
        var velden = Route.VolledigVoorstel("Parallel advies");
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true";
        velden["Invoer.Aspecten[5].AdviesGevraagd"] = "true";
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var juridisch = await _route.AlsAsync("juridisch");
        var communicatie = await _route.AlsAsync("communicatie");
        var url = $"/Voorstellen/{id}/Actie/{Triggers.AdviesUitbrengen}";
        var f1 = (await juridisch.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var f2 = (await communicatie.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        var samenkomst = fabriek.Gelijktijdig.BijTransactie(2);
        var antwoorden = await Task.WhenAll(
            juridisch.VerstuurAsync(url, f1, new() { ["Invoer.Instemming"] = "true" }),
            communicatie.VerstuurAsync(url, f2, new() { ["Invoer.Instemming"] = "true", ["Invoer.Opmerking"] = "Persbericht na besluit." }));

        samenkomst.Samen.ShouldBeTrue();
        samenkomst.Conflicten.ShouldBe(1, "de tweede opslag botst op de versie van de eerste en wordt opnieuw geprobeerd");
        antwoorden.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Redirect);
        var v = await _route.LaadAsync(id);
        v.Aspecten.Where(a => a.Vereist).ShouldAllBe(a => a.HeeftGeldigAdvies);
        v.Status.ShouldBe("Directieteam");
        v.Gebeurtenissen.Count(g => g.Soort == Triggers.AdviezenCompleet).ShouldBe(1);
    }
}

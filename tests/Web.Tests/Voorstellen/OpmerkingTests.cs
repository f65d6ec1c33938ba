using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// A remark that meets someone else's save is tried again, like an action; if it still cannot be placed, the typed
/// text stays on the page. The conflict is forced between load and save by <see cref="TussentijdseWijziging"/>.
/// </summary>
public sealed class OpmerkingTests(TussentijdseWijziging.Fabriek fabriek) : IClassFixture<TussentijdseWijziging.Fabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Opmerking_die_een_gelijktijdige_wijziging_treft_wordt_opnieuw_geprobeerd_en_geplaatst()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Opmerking: een keer botsing"));
        var steller = await _route.AlsAsync("steller");
        var formulier = await OpmerkingFormulierAsync(steller, id);
        var wijziging = fabriek.Klaar();
        var voor = wijziging.Gedaan;
        wijziging.Wapen(id, keren: 1);

        var antwoord = await steller.VerstuurAsync($"/Voorstellen/{id}", formulier, new() { ["tekst"] = "Graag de planning nog eens bekijken." });

        wijziging.Ontwapen();
        (wijziging.Gedaan - voor).ShouldBe(1, "de botsing is echt opgetreden");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Opmerking: Graag de planning nog eens bekijken.");
    }

    [Fact]
    public async Task Opmerking_die_blijft_botsen_houdt_de_getypte_tekst_op_de_pagina()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Opmerking: steeds botsing"));
        var steller = await _route.AlsAsync("steller");
        var formulier = await OpmerkingFormulierAsync(steller, id);
        var wijziging = fabriek.Klaar();
        wijziging.Wapen(id, keren: 100);
        const string tekst = "Een lange opmerking\nover twee regels, die niet verloren mag gaan.";

        var antwoord = await steller.VerstuurAsync($"/Voorstellen/{id}", formulier, new() { ["tekst"] = tekst });

        wijziging.Ontwapen();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await Route.Fouten(antwoord));
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector<IHtmlTextAreaElement>("main form textarea[name='Tekst']")!.Value.ShouldBe(tekst);
        pagina.QuerySelector(".melding--fout, .validation-summary-errors")!.TextContent.ShouldContain("niet geplaatst");
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldNotContain(g => g.Soort == "Opmerking");

        // The page it came back on can send the remark again.
        var opnieuw = await steller.VerstuurAsync($"/Voorstellen/{id}/Opmerking",
            pagina.QuerySelector<IHtmlFormElement>("main form[method=post]")!, []);
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opnieuw));
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Soort == "Opmerking");
    }

    [Fact]
    public async Task Opmerking_via_maillink_die_een_gelijktijdige_wijziging_treft_wordt_toch_geplaatst()
    {
        var (id, pad) = await InAdviesAsync("Opmerking via link: een keer botsing");
        var (klant, formulier) = await LinkFormulierAsync(pad);
        var wijziging = fabriek.Klaar();
        var voor = wijziging.Gedaan;
        wijziging.Wapen(id, keren: 1);

        var antwoord = await klant.VerstuurAsync(pad, formulier,
            new() { ["Invoer.Keuze"] = "opmerking", ["Invoer.Toelichting"] = "Is de aanbesteding al gestart?" });

        wijziging.Ontwapen();
        (wijziging.Gedaan - voor).ShouldBe(1);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Opmerking: Is de aanbesteding al gestart?");
    }

    [Fact]
    public async Task Opmerking_via_maillink_die_blijft_botsen_houdt_de_tekst_bij_de_keuze()
    {
        var (id, pad) = await InAdviesAsync("Opmerking via link: steeds botsing");
        var (klant, formulier) = await LinkFormulierAsync(pad);
        var wijziging = fabriek.Klaar();
        wijziging.Wapen(id, keren: 100);

        var antwoord = await klant.VerstuurAsync(pad, formulier,
            new() { ["Invoer.Keuze"] = "opmerking", ["Invoer.Toelichting"] = "Mijn vraag aan de steller." });

        wijziging.Ontwapen();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.Toelichting']")!.Value.ShouldBe("Mijn vraag aan de steller.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Keuze'][value='opmerking']")!.IsChecked.ShouldBeTrue();
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldNotContain(g => g.Soort == "Opmerking");
    }

    private async Task<(TestKlant, IHtmlFormElement)> LinkFormulierAsync(string pad)
    {
        var klant = fabriek.Klant();
        return (klant, (await klant.PaginaAsync(pad)).QuerySelector<IHtmlFormElement>("main form[method=post]")!);
    }

    private static async Task<IHtmlFormElement> OpmerkingFormulierAsync(TestKlant klant, int id) =>
        (await klant.PaginaAsync($"/Voorstellen/{id}")).QuerySelector<IHtmlFormElement>("form[data-opmerking]")!;

    private async Task<(int Id, string Pad)> InAdviesAsync(string onderwerp)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[3].AdviesGevraagd"] = "true";
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var mail = await Mailmap.WachtOpAsync(fabriek, m => (m.Subject ?? "").Contains(onderwerp) && (m.Subject ?? "").StartsWith("Advies gevraagd"));
        return (id, mail.LinkPad());
    }
}

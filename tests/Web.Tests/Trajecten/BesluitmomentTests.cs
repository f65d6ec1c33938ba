using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// Starting a decision moment (who may, once per form, for the step's owner as steller) and what the linked proposal's
/// fate does to the traject: held over stays, a raad decision moment waits for the raad, a withdrawal frees the moment.
/// </summary>
public class BesluitmomentTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Besluitmomentopzet _opzet = new(fabriek);

    private async Task<(int ProjectId, int TrajectId)> BijBesluitmomentAsync(string naam)
    {
        var (p, t) = await _opzet.StartAsync("thuis-in-de-buurt-accommodatie", naam);
        await _opzet.TotAsync(t, "Besluitmoment");
        return (p, t);
    }

    private async Task<int> AantalVoorstellenAsync(int trajectId)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync(v => v.TrajectId == trajectId);
    }

    [Fact]
    public async Task Een_aangehouden_voorstel_laat_het_traject_wachten_tot_het_college_alsnog_besluit()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Lith (demo)");
        var id = await _opzet.StartBesluitmomentAsync(p, t);
        await _opzet.IndienenAsync("projectleider", id);
        await _opzet.NaarCollegeAsync(id);

        await _opzet.Route.DoeAsync("secretariaat", id, Triggers.Aanhouden, new()
        {
            ["Invoer.Datum"] = Route.Datum(21), ["Invoer.NieuweDatum"] = Route.Datum(28), ["Invoer.Reden"] = "Eerst met de beheerstichting spreken.",
        });
        var traject = await _opzet.LaadAsync(t);
        traject.Status.ShouldBe("Besluitmoment");
        traject.WachtOpVoorstelId.ShouldBe(id);
        traject.Gebeurtenissen[^1].Omschrijving.ShouldBe($"Voorstel {id} aangehouden; het traject wacht op een volgend besluit");

        await _opzet.CollegeBesluitAsync(id, Triggers.Instemmen);
        (await _opzet.LaadAsync(t)).Status.ShouldBe("AfsprakenVastgelegd");
    }

    [Fact]
    public async Task Een_besluitmoment_van_de_raad_gaat_naar_de_raad_en_alleen_het_raadsbesluit_zet_het_traject_verder()
    {
        var (p, t) = await _opzet.StartAsync("voorzieningenprogramma", "Voorzieningenprogramma Oss-Noord (demo)");
        await _opzet.TotAsync(t, "BesluitVoorzieningenprogramma");
        var id = await _opzet.StartBesluitmomentAsync(p, t);
        (await _opzet.Route.LaadAsync(id)).RaadsbesluitNodig.ShouldBeTrue();

        await _opzet.IndienenAsync("projectleider", id);
        (await _opzet.Route.LaadAsync(id)).RaadVereist.ShouldBeTrue("de route-regel leest het besluitmoment van de raad");
        await _opzet.NaarCollegeAsync(id);
        await _opzet.CollegeBesluitAsync(id, Triggers.Instemmen);
        (await _opzet.Route.LaadAsync(id)).Status.ShouldBe("Gemeenteraad");
        var traject = await _opzet.LaadAsync(t);
        traject.Status.ShouldBe("BesluitVoorzieningenprogramma", "het college legt het alleen aan de raad voor");
        traject.WachtOpVoorstelId.ShouldBe(id);

        await _opzet.Route.DoeAsync("griffie", id, Triggers.RaadVaststellen,
            new() { ["Invoer.Datum"] = Route.Datum(40), ["Invoer.Tekst"] = "De raad stelt het voorzieningenprogramma vast." });
        (await _opzet.Route.LaadAsync(id)).Status.ShouldBe("Gepubliceerd");
        traject = await _opzet.LaadAsync(t);
        traject.Status.ShouldBe("AnalyseAanbod");
        traject.Stappen.Single(s => s.Stap == "BesluitVoorzieningenprogramma").Uitkomst.ShouldBe(StapUitkomst.Ingestemd);
    }

    [Fact]
    public async Task Een_besluitmoment_van_de_raad_gaat_ook_naar_de_raad_als_de_steller_het_vinkje_uitzet()
    {
        var (p, t) = await _opzet.StartAsync("voorzieningenprogramma", "Voorzieningenprogramma Oss-Zuid (demo)");
        await _opzet.TotAsync(t, "BesluitVoorzieningenprogramma");
        var id = await _opzet.StartBesluitmomentAsync(p, t);

        await _opzet.IndienenAsync("projectleider", id, raadsbesluitNodig: false);

        var voorstel = await _opzet.Route.LaadAsync(id);
        voorstel.RaadsbesluitNodig.ShouldBeFalse("de steller zette het vinkje uit");
        voorstel.RaadVereist.ShouldBeTrue("de definitie geeft dit besluitmoment aan de raad");
    }

    [Fact]
    public async Task Alleen_de_projectleider_kan_een_besluitmoment_starten()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Geffen (demo)");
        var url = Besluitmomentopzet.Url(p, t);

        foreach (var wie in new[] { "steller", "afdelingshoofd", "secretariaat" })
        {
            var klant = await _opzet.Route.AlsAsync(wie);
            (await klant.GetAsync(url)).Antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden, wie);
        }
        // A POST with a valid antiforgery token from the projectleider's form, sent by someone else, is refused too.
        var leider = await _opzet.Route.AlsAsync("projectleider");
        var formulier = (await leider.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var steller = await _opzet.Route.AlsAsync("steller");
        var stellerFormulier = await steller.GetAsync($"/Voorstellen/Bewerken");
        stellerFormulier.Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = stellerFormulier.Pagina.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await steller.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AanmaakSleutel"] = formulier.QuerySelector<IHtmlInputElement>("input[name=AanmaakSleutel]")!.Value,
            ["__RequestVerificationToken"] = token,
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AantalVoorstellenAsync(t)).ShouldBe(0);
        (await _opzet.LaadAsync(t)).WachtOpVoorstelId.ShouldBeNull();

        // Another project's address does not reach the traject.
        (await leider.GetAsync(Besluitmomentopzet.Url(p + 1000, t))).Antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Op_een_gewone_stap_is_er_geen_besluitmoment_om_te_starten()
    {
        var (p, t) = await _opzet.StartAsync("thuis-in-de-buurt-accommodatie", "Dorpshuis Berghem (demo)");
        var (antwoord, pagina) = await (await _opzet.Route.AlsAsync("projectleider")).GetAsync(Besluitmomentopzet.Url(p, t));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        pagina.QuerySelector(".melding--fout")!.TextContent.ShouldBe("Deze stap is geen besluitmoment.");
        pagina.QuerySelector("main form[method=post]").ShouldBeNull();
    }

    [Fact]
    public async Task Hetzelfde_formulier_twee_keer_verstuurd_maakt_een_voorstel()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Maren-Kessel (demo)");
        var url = Besluitmomentopzet.Url(p, t);
        var leider = await _opzet.Route.AlsAsync("projectleider");
        var formulier = (await leider.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        // Two at once (a double click), then the same form once more (the back button).
        var tegelijk = await Task.WhenAll(leider.VerstuurAsync(url, formulier, []), leider.VerstuurAsync(url, formulier, []));
        var later = await leider.VerstuurAsync(url, formulier, []);

        foreach (var antwoord in tegelijk.Append(later))
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        tegelijk.Append(later).Select(a => a.Headers.Location!.OriginalString).Distinct().Count().ShouldBe(1);
        (await AantalVoorstellenAsync(t)).ShouldBe(1);
        var traject = await _opzet.LaadAsync(t);
        traject.Gebeurtenissen.Count(g => g.Soort == "Besluitmoment").ShouldBe(1);

        // The page now offers no new start: the traject already waits, and says for which proposal.
        var (_, opnieuw) = await leider.GetAsync(url);
        opnieuw.QuerySelector("main form[method=post]").ShouldBeNull();
        opnieuw.QuerySelector(".melding--fout")!.TextContent.ShouldBe($"Dit besluitmoment wacht al op het besluit over voorstel {traject.WachtOpVoorstelId}.");
        // A form with another key (a second tab opened earlier) is refused with that reason, and makes nothing.
        var anderTabblad = await leider.VerstuurAsync(url, formulier, new() { ["AanmaakSleutel"] = Guid.NewGuid().ToString() });
        anderTabblad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Route.Fouten(anderTabblad)).ShouldContain($"wacht al op het besluit over voorstel {traject.WachtOpVoorstelId}");
        (await AantalVoorstellenAsync(t)).ShouldBe(1);
    }

    [Fact]
    public async Task De_eigenaar_van_de_stap_wordt_steller_ook_als_de_projectleider_het_besluitmoment_start()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Heesch (demo)");
        var steller = await _opzet.ActorAsync("steller");
        using (var scope = fabriek.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<TrajectDienst>().VoerAsync(t,
                (traject, d, a, nu) => traject.DraagOver(d, a, new Taakhouder(steller.Id, steller.Naam), nu), await _opzet.ActorAsync("projectleider"));

        var leider = await _opzet.Route.AlsAsync("projectleider");
        var antwoord = await leider.VerstuurAsync(Besluitmomentopzet.Url(p, t), []);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        antwoord.Headers.Location!.OriginalString.ShouldBe($"/Projecten/{p}/Trajecten/{t}");

        var id = (await _opzet.LaadAsync(t)).WachtOpVoorstelId!.Value;
        var voorstel = await _opzet.Route.LaadAsync(id);
        voorstel.StellerId.ShouldBe(steller.Id);
        voorstel.StellerNaam.ShouldBe(steller.Naam);
        voorstel.Gebeurtenissen.Single().Omschrijving.ShouldBe($"Concept aangemaakt voor steller {steller.Naam}");
        voorstel.Gebeurtenissen.Single().ActorNaam.ShouldBe("P. Noten");
        // The concept is the steller's own, as any concept: the steller writes it, the projectleider does not see it.
        (await (await _opzet.Route.AlsAsync("steller")).GetAsync($"/Voorstellen/Bewerken/{id}")).Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leider.GetAsync($"/Voorstellen/{id}")).Antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await _opzet.IndienenAsync("steller", id);
    }

    [Fact]
    public async Task Een_ingetrokken_voorstel_maakt_het_besluitmoment_vrij_voor_een_nieuw_voorstel()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Oijen (demo)");
        var eerste = await _opzet.StartBesluitmomentAsync(p, t);
        await _opzet.IndienenAsync("projectleider", eerste);

        await _opzet.Route.DoeAsync("projectleider", eerste, Triggers.Intrekken, new() { ["Invoer.Reden"] = "Het bedrijfsplan wordt herzien." });

        (await _opzet.Route.LaadAsync(eerste)).Status.ShouldBe("Ingetrokken");
        var traject = await _opzet.LaadAsync(t);
        traject.Status.ShouldBe("Besluitmoment");
        traject.WachtOpVoorstelId.ShouldBeNull();
        traject.Stappen.Single(s => s.Stap == "Besluitmoment").VoorstelId.ShouldBeNull();
        var tweede = await _opzet.StartBesluitmomentAsync(p, t);
        tweede.ShouldNotBe(eerste);
    }

    [Fact]
    public async Task Een_verwijderd_concept_maakt_het_besluitmoment_ook_vrij()
    {
        var (p, t) = await BijBesluitmomentAsync("Dorpshuis Haren (demo)");
        var id = await _opzet.StartBesluitmomentAsync(p, t);

        var antwoord = await (await _opzet.Route.AlsAsync("projectleider")).VerstuurAsync($"/Voorstellen/{id}/Verwijderen", []);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        (await AantalVoorstellenAsync(t)).ShouldBe(0);
        (await _opzet.LaadAsync(t)).WachtOpVoorstelId.ShouldBeNull();
    }
}

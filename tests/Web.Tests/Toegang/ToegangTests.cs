using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Toegang;

/// <summary>
/// Every page and action, allowed and refused. Proposals are made here rather than taken from the demo data, so
/// each case says exactly why someone may or may not see or do something.
/// </summary>
public sealed class ToegangTests(ToegangTests.Situatie situatie) : IClassFixture<ToegangTests.Situatie>
{
    /// <summary>One app with a draft, a non-public submitted proposal with a non-public bijlage, and a public one.</summary>
    public sealed class Situatie : BesluitvormingFabriek, IAsyncLifetime
    {
        public Route Route { get; }
        public int Concept { get; private set; }
        public int Besloten { get; private set; }
        public int NietOpenbaar { get; private set; }
        public int Openbaar { get; private set; }
        public int BijlageId { get; private set; }

        public Situatie() => Route = new Route(this);

        public async ValueTask InitializeAsync()
        {
            var steller = await Route.AlsAsync("steller");
            var concept = await steller.VerstuurAsync("/Voorstellen/Bewerken",
                new() { ["Invoer.Onderwerp"] = "Toegang: concept" }, knop: "Concept opslaan");
            concept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            Concept = IdUit(concept);

            var velden = Route.VolledigVoorstel("Toegang: niet openbaar");
            velden["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee);
            velden["Invoer.NieuweBijlagen[0].Naam"] = "Vertrouwelijke notitie";
            velden["Invoer.NieuweBijlagen[0].Openbaar"] = "false";
            var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen",
                bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "notitie.pdf", "%PDF-1.4 vertrouwelijk"u8.ToArray())]);
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
            NietOpenbaar = IdUit(antwoord);
            BijlageId = (await Route.LaadAsync(NietOpenbaar)).Bijlagen.Single().Id;

            Openbaar = await Route.IndienenAsync("steller", Route.VolledigVoorstel("Toegang: openbaar"));
        }

        private static int IdUit(HttpResponseMessage antwoord) =>
            int.Parse(antwoord.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last());

        public new ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private Route Route => situatie.Route;

    private static void IsGeweigerd(HttpResponseMessage antwoord, string wat) =>
        (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location!.AbsolutePath == "/Account/Geweigerd")
            .ShouldBeTrue($"{wat}: HTTP {(int)antwoord.StatusCode} {antwoord.Headers.Location}");

    [Theory]
    [InlineData("/")]
    [InlineData("/Taken")]
    [InlineData("/Overzicht")]
    [InlineData("/Voorstellen")]
    [InlineData("/Voorstellen/Bewerken")]
    [InlineData("/Projecten")]
    [InlineData("/Projecten/1")]
    [InlineData("/Projecten/1/Resultaten/1")]
    public async Task Zonder_inloggen_gaat_elke_pagina_naar_de_inlogpagina(string url)
    {
        var antwoord = await situatie.Klant().Http.GetAsync(url);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }

    [Fact]
    public async Task Zonder_inloggen_geen_voorstel_bijlage_of_actie()
    {
        var anoniem = situatie.Klant();
        foreach (var url in new[]
                 {
                     $"/Voorstellen/{situatie.Openbaar}", $"/Voorstellen/{situatie.NietOpenbaar}/Bijlagen/{situatie.BijlageId}",
                     $"/Voorstellen/{situatie.Openbaar}/Actie/{Triggers.Paraferen}", $"/Voorstellen/Bewerken/{situatie.Concept}",
                 })
        {
            var antwoord = await anoniem.Http.GetAsync(url);
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen", url);
        }
        // A POST without a session (and so without a valid antiforgery token) changes nothing either.
        var post = await anoniem.Http.PostAsync($"/Voorstellen/{situatie.Openbaar}/Actie/{Triggers.Paraferen}",
            new FormUrlEncodedContent([new("Invoer.Revisie", "1")]));
        ((int)post.StatusCode).ShouldBeOneOf(302, 400);
        (await Route.LaadAsync(situatie.Openbaar)).Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Theory]
    [InlineData("secretariaat", true)]
    [InlineData("secretaris", true)]
    [InlineData("directeur", true)]
    [InlineData("dtsecretaris", true)]
    [InlineData("wethouder", true)]
    [InlineData("griffie", true)]
    [InlineData("steller", false)]
    [InlineData("financien", false)]
    [InlineData("afdelingshoofd", false)]
    public async Task Overzicht_alleen_voor_secretariaat_dt_college_en_griffie(string wie, bool mag)
    {
        var antwoord = await (await Route.AlsAsync(wie)).Http.GetAsync("/Overzicht");
        if (mag) antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        else IsGeweigerd(antwoord, wie);
    }

    [Theory]
    [InlineData("steller", true)]
    [InlineData("projectleider", true)]
    [InlineData("financien", false)]
    [InlineData("secretariaat", false)]
    public async Task Nieuw_voorstel_alleen_voor_stellers(string wie, bool mag)
    {
        var antwoord = await (await Route.AlsAsync(wie)).Http.GetAsync("/Voorstellen/Bewerken");
        if (mag) antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        else IsGeweigerd(antwoord, wie);
    }

    [Theory]
    [InlineData("steller")]
    [InlineData("financien")]
    [InlineData("griffie")]
    public async Task Mijn_taken_en_mijn_voorstellen_voor_iedere_medewerker(string wie)
    {
        var klant = await Route.AlsAsync(wie);
        (await klant.Http.GetAsync("/Taken")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await klant.Http.GetAsync("/Voorstellen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await klant.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("steller", true)]
    [InlineData("steller2", true)] // the steller's plaatsvervanger
    [InlineData("projectleider", false)]
    [InlineData("afdelingshoofd", false)]
    [InlineData("secretariaat", false)]
    public async Task Een_concept_is_van_de_steller_en_diens_plaatsvervanger(string wie, bool mag)
    {
        var klant = await Route.AlsAsync(wie);
        var details = await klant.Http.GetAsync($"/Voorstellen/{situatie.Concept}");
        var bewerken = await klant.Http.GetAsync($"/Voorstellen/Bewerken/{situatie.Concept}");
        if (mag)
        {
            details.StatusCode.ShouldBe(HttpStatusCode.OK);
            bewerken.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            details.StatusCode.ShouldBe(HttpStatusCode.NotFound, "een concept van een ander bestaat voor u niet");
            (bewerken.StatusCode == HttpStatusCode.NotFound || bewerken.Headers.Location?.AbsolutePath == "/Account/Geweigerd")
                .ShouldBeTrue($"{wie}: HTTP {(int)bewerken.StatusCode}");
        }
    }

    [Fact]
    public async Task Een_ander_kan_een_concept_ook_met_een_directe_post_niet_wijzigen()
    {
        var ander = await Route.AlsAsync("projectleider");
        var token = await TokenAsync(ander);
        var antwoord = await ander.Http.PostAsync($"/Voorstellen/Bewerken/{situatie.Concept}?handler=Opslaan",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Invoer.Onderwerp", "Gekaapt")]));
        ((int)antwoord.StatusCode).ShouldBeOneOf(302, 404);
        antwoord.Headers.Location?.OriginalString.ShouldNotStartWith($"/Voorstellen/{situatie.Concept}");
        (await Route.LaadAsync(situatie.Concept)).Onderwerp.ShouldBe("Toegang: concept");
    }

    [Theory]
    [InlineData("steller", true)]
    [InlineData("afdelingshoofd", true)] // the afdelingshoofd of the steller's afdeling, who holds the paraaf
    [InlineData("afdelingshoofd2", true)] // plaatsvervanger
    [InlineData("secretariaat", true)]
    [InlineData("directeur", true)]
    [InlineData("wethouder", true)]
    [InlineData("griffie", true)]
    [InlineData("financien", false)] // not (yet) involved
    [InlineData("personeel", false)]
    [InlineData("projectleider", false)]
    [InlineData("hoofd.bedrijfsvoering", false)] // an afdelingshoofd of another afdeling
    public async Task Een_niet_openbaar_voorstel_alleen_voor_betrokkenen_en_bestuur(string wie, bool mag)
    {
        var klant = await Route.AlsAsync(wie);
        var details = await klant.Http.GetAsync($"/Voorstellen/{situatie.NietOpenbaar}");
        var openbaar = await klant.Http.GetAsync($"/Voorstellen/{situatie.Openbaar}");
        openbaar.StatusCode.ShouldBe(HttpStatusCode.OK, "een openbaar voorstel is voor iedere medewerker");
        if (mag)
        {
            details.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            details.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await details.Content.ReadAsStringAsync()).ShouldNotContain("Toegang: niet openbaar");
        }
    }

    /// <summary>
    /// A non-public bijlage, with the proposal still at the paraaf: the steller and deputy, the afdelingshoofd and
    /// deputy, and the bestuurssecretariaat with the gemeentesecretaris. The DT, the college and the griffie see the
    /// proposal but not this bijlage until it reaches their own gate.
    /// </summary>
    [Theory]
    [InlineData("steller", true)]
    [InlineData("steller2", true)] // the steller's plaatsvervanger
    [InlineData("afdelingshoofd", true)] // holds the paraaf
    [InlineData("afdelingshoofd2", true)] // plaatsvervanger
    [InlineData("secretariaat", true)]
    [InlineData("secretaris", true)] // gemeentesecretaris
    [InlineData("directeur", false)]
    [InlineData("dtsecretaris", false)]
    [InlineData("wethouder", false)]
    [InlineData("griffie", false)]
    [InlineData("financien", false)]
    [InlineData("beheerder", false)]
    public async Task Een_niet_openbare_bijlage_bij_de_paraaf_alleen_voor_betrokkenen_en_bestuurssecretariaat(string wie, bool mag)
    {
        var klant = await Route.AlsAsync(wie);
        await BijlageIsTeLezenAsync(klant, situatie.NietOpenbaar, situatie.BijlageId, mag, wie);
    }

    [Fact]
    public async Task Dt_college_en_griffie_lezen_een_niet_openbare_bijlage_vanaf_hun_eigen_poort()
    {
        // Public proposal, non-public bijlage, on to the raad.
        var velden = Route.VolledigVoorstel("Toegang: bijlage langs de poorten");
        velden["Invoer.Openbaarheid"] = nameof(Openbaarheid.Ja);
        velden["Invoer.RaadsbesluitNodig"] = "true";
        velden["Invoer.NieuweBijlagen[0].Naam"] = "Vertrouwelijke taxatie";
        velden["Invoer.NieuweBijlagen[0].Openbaar"] = "false";
        var id = await Route.IndienenAsync("steller", velden,
            [("Invoer.NieuweBijlagen[0].Bestand", "taxatie.pdf", "%PDF-1.4 vertrouwelijk"u8.ToArray())]);
        var bijlage = (await Route.LaadAsync(id)).Bijlagen.Single().Id;

        async Task Lezen(string wie, bool mag) => await BijlageIsTeLezenAsync(await Route.AlsAsync(wie), id, bijlage, mag, wie);

        await Route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        (await Route.LaadAsync(id)).Status.ShouldBe("Directieteam");
        await Lezen("directeur", true);
        await Lezen("dtsecretaris", true);
        await Lezen("wethouder", false);
        await Lezen("griffie", false);
        await Lezen("personeel", false); // the proposal is public, the bijlage is not

        await Route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await Route.LaadAsync(id)).Status.ShouldBe("CollegeVanBW");
        await Lezen("wethouder", true);
        await Lezen("griffie", false);

        await Route.DoeAsync("secretariaat", id, Triggers.Instemmen, new()
        {
            ["Invoer.Datum"] = Route.Datum(7), ["Invoer.Volgnummer"] = "3", ["Invoer.BehandelendTeam"] = "MOADO",
            ["Invoer.Tekst"] = "Het college stemt in.",
        });
        (await Route.LaadAsync(id)).Status.ShouldBe("Gemeenteraad");
        await Lezen("griffie", true);
        await Lezen("directeur", true); // once it reached the DT, it stays readable for the DT
        await Lezen("personeel", false);
    }

    private static async Task BijlageIsTeLezenAsync(TestKlant klant, int voorstel, int bijlage, bool mag, string wie)
    {
        var antwoord = await klant.Http.GetAsync($"/Voorstellen/{voorstel}/Bijlagen/{bijlage}");
        var details = await klant.GetAsync($"/Voorstellen/{voorstel}");
        var link = details.Pagina.QuerySelector($"a[href='/Voorstellen/{voorstel}/Bijlagen/{bijlage}']");
        if (mag)
        {
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, wie);
            (await antwoord.Content.ReadAsStringAsync()).ShouldContain("vertrouwelijk", customMessage: wie);
            link.ShouldNotBeNull(wie);
        }
        else
        {
            antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound, wie);
            link.ShouldBeNull(wie);
        }
    }

    [Theory]
    [InlineData("afdelingshoofd", true)]
    [InlineData("afdelingshoofd2", true)]
    [InlineData("steller", false)]
    [InlineData("financien", false)]
    [InlineData("secretariaat", false)]
    [InlineData("hoofd.bedrijfsvoering", false)]
    public async Task Alleen_de_houder_of_diens_plaatsvervanger_ziet_het_actieformulier(string wie, bool mag)
    {
        var klant = await Route.AlsAsync(wie);
        var (antwoord, pagina) = await klant.GetAsync($"/Voorstellen/{situatie.Openbaar}/Actie/{Triggers.Paraferen}");
        var details = await klant.PaginaAsync($"/Voorstellen/{situatie.Openbaar}");
        var knoppen = details.QuerySelectorAll(".stand .knoppen a").Select(a => a.GetAttribute("href")).ToList();
        if (mag)
        {
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
            pagina.QuerySelector("main form[method=post]").ShouldNotBeNull();
            knoppen.ShouldContain($"/Voorstellen/{situatie.Openbaar}/Actie/{Triggers.Paraferen}");
        }
        else
        {
            IsGeweigerd(antwoord, wie);
            knoppen.ShouldNotContain($"/Voorstellen/{situatie.Openbaar}/Actie/{Triggers.Paraferen}");
        }
    }

    [Theory]
    [InlineData("steller", Triggers.Paraferen)]
    [InlineData("financien", Triggers.Paraferen)]
    [InlineData("secretariaat", Triggers.Instemmen)]
    [InlineData("afdelingshoofd", Triggers.Intrekken)]
    [InlineData("hoofd.bedrijfsvoering", Triggers.Terugsturen)]
    public async Task Een_directe_post_door_wie_niet_mag_wordt_geweigerd_en_verandert_niets(string wie, string trigger)
    {
        var voor = await Route.LaadAsync(situatie.Openbaar);
        var klant = await Route.AlsAsync(wie);
        var antwoord = await klant.Http.PostAsync($"/Voorstellen/{situatie.Openbaar}/Actie/{trigger}",
            new FormUrlEncodedContent([
                new("__RequestVerificationToken", await TokenAsync(klant)), new("Invoer.Revisie", voor.Revisie.ToString()),
                new("Invoer.Reden", "poging"), new("Invoer.Tekst", "poging"), new("Invoer.Datum", Route.Datum(0)),
            ]));
        IsGeweigerd(antwoord, $"{wie} {trigger}");
        var na = await Route.LaadAsync(situatie.Openbaar);
        na.Status.ShouldBe(voor.Status);
        na.Versie.ShouldBe(voor.Versie);
        na.Gebeurtenissen.Count.ShouldBe(voor.Gebeurtenissen.Count);
    }

    [Fact]
    public async Task De_plaatsvervanger_van_het_afdelingshoofd_kan_paraferen()
    {
        var id = await Route.IndienenAsync("steller", Route.VolledigVoorstel("Toegang: paraaf door plaatsvervanger"));
        await Route.DoeAsync("afdelingshoofd2", id, Triggers.Paraferen);
        var v = await Route.LaadAsync(id);
        v.Status.ShouldBe("Directieteam", "geen adviezen nodig: na de paraaf meteen door naar het DT");
        v.ParaafAfdelingshoofdNaam.ShouldBe("J. Hendriks");
    }

    [Fact]
    public async Task Beheerder_en_gewone_medewerker_zien_geen_actieknoppen_bij_een_openbaar_voorstel()
    {
        foreach (var wie in new[] { "beheerder", "personeel" })
        {
            var pagina = await (await Route.AlsAsync(wie)).PaginaAsync($"/Voorstellen/{situatie.Openbaar}");
            pagina.QuerySelectorAll(".stand .knoppen a").ShouldBeEmpty(wie);
            pagina.QuerySelectorAll($"a[href='/Voorstellen/Bewerken/{situatie.Openbaar}']").ShouldBeEmpty(wie);
        }
    }

    /// <summary>An antiforgery token for this user's session, taken from the logout form every page carries.</summary>
    private static async Task<string> TokenAsync(TestKlant klant)
    {
        var pagina = await klant.PaginaAsync("/Taken");
        return pagina.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }
}

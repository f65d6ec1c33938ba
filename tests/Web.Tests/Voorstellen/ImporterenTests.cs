using AngleSharp.Dom;
using System.Net;
using Besluitvorming.Web.Data;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// A proposal from the archive or the previous system, registered by the bestuurssecretariaat with its historical
/// registratienummer through /Voorstellen/Importeren: it keeps that number along the normal route, a number is never
/// given twice (however it is written), and the app's own numbering steps over imported numbers.
/// </summary>
public class ImporterenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<Dictionary<string, string?>> ImportAsync(string registratienummer, string onderwerp, string steller = "steller")
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var stellerId = await db.Users.Where(u => u.UserName == steller).Select(u => u.Id).SingleAsync();
        var afdeling = await db.Afdelingen.Where(a => a.Naam == "Maatschappelijke Ontwikkeling").Select(a => a.Id).SingleAsync();
        var team = await db.Teams.Where(t => t.Code == "MOADO").Select(t => t.Id).SingleAsync();
        return new()
        {
            ["Registratienummer"] = registratienummer,
            ["Bron"] = "Decos JOIN",
            ["StellerId"] = stellerId,
            ["Invoer.Onderwerp"] = onderwerp,
            ["Invoer.AfdelingId"] = afdeling.ToString(),
            ["Invoer.TeamId"] = team.ToString(),
            ["Invoer.Dictum"] = "Instemmen met de voorgestelde procesaanpak.",
        };
    }

    private static int Id(HttpResponseMessage antwoord) => int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());

    [Fact]
    public async Task Een_voorstel_uit_het_archief_houdt_14_10749_na_indienen_en_toont_het_in_overzicht_pagina_en_document()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren",
            await ImportAsync("14-10749", "Ontwikkeling wijkgericht werken (uit het archief)"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = Id(antwoord);
        var geimporteerd = await _route.LaadAsync(id);
        geimporteerd.Registratienummer.ShouldBe("14-10749");
        geimporteerd.Status.ShouldBe("Concept");
        geimporteerd.Gebeurtenissen.ShouldContain(g => g.Omschrijving.StartsWith("Geïmporteerd uit Decos JOIN met registratienummer 14-10749"));

        // The steller finds it as their concept, completes the template and submits it: the number stays.
        var steller = await _route.AlsAsync("steller");
        var velden = Route.VolledigVoorstel("Ontwikkeling wijkgericht werken (uit het archief)");
        var ingediend = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", velden, knop: "Opslaan en indienen");
        ingediend.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(ingediend));
        var voorstel = await _route.LaadAsync(id);
        voorstel.Registratienummer.ShouldBe("14-10749");
        voorstel.Status.ShouldNotBe("Concept");
        voorstel.Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Ingediend met registratienummer 14-10749");

        (await secretariaat.PaginaAsync("/Overzicht?Zoek=14-10749")).QuerySelectorAll("tbody tr")
            .ShouldContain(r => r.TextContent.Contains("14-10749") && r.TextContent.Contains("uit het archief"));
        (await secretariaat.PaginaAsync($"/Voorstellen/{id}")).QuerySelector("h1")!.TextContent.ShouldContain("14-10749");

        var docx = await secretariaat.Http.GetAsync($"/Voorstellen/{id}?handler=Docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList())
            .ShouldContain(r => r.Contains("14-10749"));
    }

    [Fact]
    public async Task Een_registratienummer_dat_al_bestaat_wordt_ook_anders_geschreven_geweigerd_bij_het_veld_en_de_invoer_blijft()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var eerste = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync("13-00412", "Eerste import"));
        eerste.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(eerste));

        foreach (var nummer in new[] { "13-00412", "13-412" })
        {
            var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync(nummer, "Tweede import " + nummer));
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, nummer);
            var pagina = await TestKlant.LeesAsync(antwoord);
            pagina.QuerySelector("[data-valmsg-for='Registratienummer']")!.TextContent.ShouldContain("is al in gebruik");
            pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Registratienummer']")!.Value.ShouldBe(nummer);
            pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe("Tweede import " + nummer);
            pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Invoer.Dictum']")!.Value
                .ShouldBe("Instemmen met de voorgestelde procesaanpak.");
        }
        using var scope = fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync(v => v.Onderwerp.StartsWith("Tweede import")))
            .ShouldBe(0);
    }

    [Theory]
    [InlineData("", "Vul het registratienummer")]
    [InlineData("2014-10749", "geen registratienummer")]
    [InlineData("14/10749", "geen registratienummer")]
    [InlineData("14-", "geen registratienummer")]
    [InlineData("14-1074900", "geen registratienummer")]
    [InlineData("14-000", "begint bij 1")]
    [InlineData("١٤-١٠٧٤٩", "geen registratienummer")]
    public async Task Een_verkeerd_geschreven_registratienummer_wordt_geweigerd_bij_het_veld_en_de_invoer_blijft(string nummer, string melding)
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync(nummer, "Verkeerd nummer"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("[data-valmsg-for='Registratienummer']")!.TextContent.ShouldContain(melding);
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Registratienummer']")!.Value.ShouldBe(nummer);
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe("Verkeerd nummer");
    }

    [Fact]
    public async Task Een_steller_kan_niet_importeren_en_de_beheerder_wel()
    {
        var steller = await _route.AlsAsync("steller");
        var get = await steller.Http.GetAsync("/Voorstellen/Importeren");
        get.Headers.Location?.AbsolutePath.ShouldBe("/Account/Geweigerd");
        var velden = await ImportAsync("12-00077", "Door een steller");
        var post = await steller.Http.PostAsync("/Voorstellen/Importeren",
            new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? ""))));
        post.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        post.Headers.Location?.AbsolutePath.ShouldNotStartWith("/Voorstellen/");

        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync("12-00078", "Door de beheerder"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.Voorstellen.AnyAsync(v => v.Onderwerp == "Door een steller")).ShouldBeFalse();
        (await db.Voorstellen.SingleAsync(v => v.Onderwerp == "Door de beheerder")).Registratienummer.ShouldBe("12-00078");
    }

    [Theory]
    [InlineData("secretariaat", "11-00501")]
    [InlineData("beheerder", "11-00502")]
    public async Task Een_verkeerde_import_wordt_na_bevestiging_met_motivering_verwijderd_en_het_nummer_is_weer_vrij(string wie, string nummer)
    {
        var klant = await _route.AlsAsync(wie);
        var import = await klant.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync(nummer, $"Verkeerde import {nummer}"));
        import.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(import));
        var id = Id(import);
        var url = $"/Voorstellen/{id}/Verwijderen";

        // The secretariaat finds the button on the proposal; the beheerder, who does not see proposals, has the page's address.
        if (wie == "secretariaat")
            (await klant.PaginaAsync($"/Voorstellen/{id}")).QuerySelector($"a[href='{url}']")!.TextContent.ShouldBe("Import verwijderen");
        var bevestiging = await klant.PaginaAsync(url);
        bevestiging.QuerySelector("main")!.TextContent.ShouldContain(nummer);
        (await BestaatAsync(id)).ShouldBeTrue("de bevestiging verandert niets");

        // Without a motivering: refused at the field, nothing deleted.
        var zonder = await klant.VerstuurAsync(url, new() { ["Motivering"] = " " });
        zonder.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(zonder)).QuerySelector("[data-valmsg-for='Motivering']")!.TextContent.ShouldContain("Vul in waarom");
        (await BestaatAsync(id)).ShouldBeTrue();

        var antwoord = await klant.VerstuurAsync(url, new() { ["Motivering"] = "Het nummer hoorde bij een ander besluit." });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        antwoord.Headers.Location!.OriginalString.ShouldBe("/Voorstellen/Importeren");
        (await klant.PaginaAsync("/Voorstellen/Importeren")).QuerySelector(".melding--succes")!.TextContent.ShouldContain("weer vrij");
        (await BestaatAsync(id)).ShouldBeFalse();
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var regel = await db.Verwijderregels.SingleAsync(r => r.VoorstelId == id);
            regel.Registratienummer.ShouldBe(nummer);
            regel.Onderwerp.ShouldBe($"Verkeerde import {nummer}");
            regel.Motivering.ShouldBe("Het nummer hoorde bij een ander besluit.");
            regel.DoorId.ShouldBe(await db.Users.Where(u => u.UserName == wie).Select(u => u.Id).SingleAsync());
            regel.Tijdstip.ShouldBe(fabriek.Klok.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(5), "de klok van de app");
        }

        var opnieuw = await klant.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync(nummer, $"Juiste import {nummer}"));
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.Redirect, "het registratienummer is weer vrij: " + await Route.Fouten(opnieuw));
    }

    [Fact]
    public async Task De_steller_en_anderen_kunnen_een_geimporteerd_concept_niet_verwijderen_ook_niet_met_een_directe_post()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var import = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync("11-00503", "Import van de steller"));
        import.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(import));
        var id = Id(import);
        var url = $"/Voorstellen/{id}/Verwijderen";

        var steller = await _route.AlsAsync("steller");
        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector($"a[href='{url}']").ShouldBeNull();
        var get = await steller.Http.GetAsync(url);
        get.Headers.Location?.OriginalString.ShouldBe($"/Voorstellen/{id}");
        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector(".melding--fout")!.TextContent
            .ShouldContain("alleen het bestuurssecretariaat of de beheerder");
        foreach (var wie in new[] { "steller", "afdelingshoofd", "projectleider" })
        {
            var klant = await _route.AlsAsync(wie);
            var post = await klant.Http.PostAsync(url, new FormUrlEncodedContent(
                [new("__RequestVerificationToken", await TokenAsync(klant)), new("Motivering", "Weg ermee.")]));
            ((int)post.StatusCode).ShouldBeOneOf(302, 403, 404);
            post.Headers.Location?.OriginalString.ShouldNotStartWith("/Voorstellen/Importeren");
        }
        (await BestaatAsync(id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Een_ingediende_import_verwijdert_ook_het_secretariaat_niet()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var import = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync("11-00504", "Ingediende import"));
        import.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(import));
        var id = Id(import);
        var ingediend = await (await _route.AlsAsync("steller")).VerstuurAsync($"/Voorstellen/Bewerken/{id}",
            Route.VolledigVoorstel("Ingediende import"), knop: "Opslaan en indienen");
        ingediend.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(ingediend));
        var url = $"/Voorstellen/{id}/Verwijderen";

        (await secretariaat.PaginaAsync($"/Voorstellen/{id}")).QuerySelector($"a[href='{url}']").ShouldBeNull();
        (await secretariaat.Http.GetAsync(url)).Headers.Location?.OriginalString.ShouldBe($"/Voorstellen/{id}");
        var post = await secretariaat.Http.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await TokenAsync(secretariaat)), new("Motivering", "Toch weg.")]));
        post.Headers.Location?.OriginalString.ShouldBe($"/Voorstellen/{id}");
        (await BestaatAsync(id)).ShouldBeTrue();
        (await secretariaat.PaginaAsync($"/Voorstellen/{id}")).QuerySelector(".melding--fout")!.TextContent.ShouldContain("intrekken");
    }

    private async Task<bool> BestaatAsync(int id)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.AnyAsync(v => v.Id == id);
    }

    private static async Task<string> TokenAsync(TestKlant klant) =>
        (await klant.PaginaAsync("/Taken")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    [Fact]
    public async Task Een_geimporteerd_voorstel_komt_niet_op_naam_van_iemand_die_geen_steller_is()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren",
            await ImportAsync("11-00005", "Op naam van een adviseur", steller: "financien"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector("[data-valmsg-for='StellerId']")!.TextContent.ShouldContain("steller uit de lijst");
    }

    [Fact]
    public async Task De_teller_slaat_een_geimporteerd_nummer_van_dit_jaar_over()
    {
        // The next two numbers of this year's series were imported (written two ways); a new submission steps over both.
        var jaar = fabriek.Klok.Vandaag.Year;
        int volgende;
        using (var scope = fabriek.Services.CreateScope())
            volgende = (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Registratietellers
                .Where(t => t.Jaar == jaar).Select(t => (int?)t.Laatste).SingleOrDefaultAsync() ?? 0) + 1;
        var secretariaat = await _route.AlsAsync("secretariaat");
        foreach (var nummer in new[] { $"{jaar % 100:D2}-{volgende:D5}", $"{jaar % 100:D2}-{volgende + 1}" })
        {
            var import = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", await ImportAsync(nummer, "Import " + nummer));
            import.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(import));
        }

        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Nieuw na de import"));

        (await _route.LaadAsync(id)).Registratienummer.ShouldBe($"{jaar % 100:D2}-{volgende + 2:D5}");
    }

    [Fact]
    public async Task Een_bestand_wordt_per_regel_geimporteerd_met_een_verslag_en_nogmaals_importeert_niets_dubbel()
    {
        var csv = "registratienummer;bron;steller;onderwerp;afdeling;team;openbaar;dictum\n" +
                  "15-00101;Decos JOIN;steller;\"Herinrichting; fase 1\";Maatschappelijke Ontwikkeling;MOADO;ja;Instemmen met fase 1|De raad informeren\n" +
                  "15/00102;Decos JOIN;steller;Verkeerd nummer;Maatschappelijke Ontwikkeling;;;\n" +
                  "15-00103;Decos JOIN;financien;Geen steller;Maatschappelijke Ontwikkeling;;;\n" +
                  "15-00104;iBabs;projectleider;Tweede goede;Maatschappelijke Ontwikkeling;;nee;\n";
        var secretariaat = await _route.AlsAsync("secretariaat");

        async Task<AngleSharp.Html.Dom.IHtmlDocument> VerstuurAsync()
        {
            var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", [], knop: "Bestand importeren",
                formulierSelector: "main form[enctype='multipart/form-data']",
                bestanden: [("Bestand", "export.csv", System.Text.Encoding.UTF8.GetBytes(csv))]);
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await TestKlant.LeesAsync(antwoord);
        }

        var verslag = await VerstuurAsync();
        string Uitkomst(AngleSharp.Html.Dom.IHtmlDocument p, int regel) => p.QuerySelector($"[data-verslag] tr[data-regel='{regel}']")!.TextContent;
        verslag.QuerySelectorAll("[data-verslag] tr[data-geimporteerd=ja]").Select(r => r.GetAttribute("data-regel")).ShouldBe(["2", "5"]);
        Uitkomst(verslag, 3).ShouldContain("geen registratienummer");
        Uitkomst(verslag, 4).ShouldContain("'financien' is geen steller");

        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var eerste = await db.Voorstellen.SingleAsync(v => v.Registratienummer == "15-00101");
            eerste.Onderwerp.ShouldBe("Herinrichting; fase 1");
            eerste.Dictum.Select(d => d.Tekst).ShouldBe(["Instemmen met fase 1", "De raad informeren"]);
            (await db.Voorstellen.SingleAsync(v => v.Registratienummer == "15-00104")).StellerNaam.ShouldNotBeNullOrEmpty();
        }

        var nogmaals = await VerstuurAsync();
        nogmaals.QuerySelectorAll("[data-verslag] tr[data-geimporteerd=ja]").ShouldBeEmpty();
        Uitkomst(nogmaals, 2).ShouldContain("is al in gebruik");
        using (var scope = fabriek.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync(v => v.Registratienummer!.StartsWith("15-")))
                .ShouldBe(2);
    }

    [Theory]
    [InlineData("\n;\n", "Het bestand is leeg")]
    [InlineData("nummer;bron\n1;2\n", "Onbekende kolom 'nummer'")]
    [InlineData("registratienummer;bron;steller;onderwerp\n15-1;x;steller;y\n", "'afdeling' ontbreekt")]
    public async Task Een_onleesbaar_bestand_wordt_geweigerd_bij_het_veld_en_importeert_niets(string csv, string melding)
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var antwoord = await secretariaat.VerstuurAsync("/Voorstellen/Importeren", [], knop: "Bestand importeren",
            formulierSelector: "main form[enctype='multipart/form-data']",
            bestanden: [("Bestand", "export.csv", System.Text.Encoding.UTF8.GetBytes(csv))]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("[data-valmsg-for='Bestand']")!.TextContent.ShouldContain(melding);
        pagina.QuerySelector("[data-verslag]").ShouldBeNull();
    }

    [Fact]
    public async Task Een_import_en_een_indiening_op_hetzelfde_moment_krijgen_nooit_hetzelfde_nummer()
    {
        // The import takes the number the counter would give next, while a steller submits at the same moment (both
        // transactions begin together): whichever comes first, the other sees it, and nobody gets a server error.
        var jaar = fabriek.Klok.Vandaag.Year;
        var steller = await _route.AlsAsync("steller");
        var concept = await steller.VerstuurAsync("/Voorstellen/Bewerken", Route.VolledigVoorstel("Tegelijk met een import"), knop: "Concept opslaan");
        var id = Id(concept);
        int volgende;
        using (var scope = fabriek.Services.CreateScope())
            volgende = (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Registratietellers
                .Where(t => t.Jaar == jaar).Select(t => (int?)t.Laatste).SingleOrDefaultAsync() ?? 0) + 1;
        var nummer = $"{jaar % 100:D2}-{volgende:D5}";
        var secretariaat = await _route.AlsAsync("secretariaat");
        var importVelden = await ImportAsync(nummer, "Import tegelijk");
        var importFormulier = (await secretariaat.PaginaAsync("/Voorstellen/Importeren")).QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        var indienFormulier = (await steller.PaginaAsync($"/Voorstellen/Bewerken/{id}")).QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;

        var samenkomst = fabriek.Gelijktijdig.BijTransactie(2);
        var antwoorden = await Task.WhenAll(
            secretariaat.VerstuurAsync("/Voorstellen/Importeren", importFormulier, importVelden),
            steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", indienFormulier, [], knop: "Opslaan en indienen"));
        samenkomst.Samen.ShouldBeTrue();

        var (import, indiening) = (antwoorden[0], antwoorden[1]);
        indiening.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(indiening));
        var gekregen = (await _route.LaadAsync(id)).Registratienummer;
        if (import.StatusCode == HttpStatusCode.Redirect)
            gekregen.ShouldBe($"{jaar % 100:D2}-{volgende + 1:D5}", "de import was eerst: de indiening slaat het nummer over");
        else
        {
            import.StatusCode.ShouldBe(HttpStatusCode.OK, "geen serverfout");
            (await TestKlant.LeesAsync(import)).QuerySelector("[data-valmsg-for='Registratienummer']")!.TextContent.ShouldContain("is al in gebruik");
            gekregen.ShouldBe(nummer, "de indiening was eerst: de import wordt geweigerd");
        }
    }
}

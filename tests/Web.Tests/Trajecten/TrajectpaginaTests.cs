using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// The traject page of a project: what it shows, who may open it and act on it (asked of the aggregate), and every
/// action as a form post through TrajectDienst, with a refusal shown at its field and what was typed kept.
/// </summary>
public class TrajectpaginaTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    protected async Task<int> ThuisInDeBuurtAsync()
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Projecten.Where(p => p.Naam == "Thuis in de Buurt").Select(p => p.Id).SingleAsync();
    }

    /// <summary>A fresh accommodatie traject in Thuis in de Buurt whose steps are owned by <paramref name="eigenaar"/>.</summary>
    private async Task<(int ProjectId, int TrajectId)> StartAsync(string eigenaar = "steller")
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var project = await ThuisInDeBuurtAsync();
        var leider = await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == "projectleider").Select(u => u.Id).SingleAsync());
        var eig = await db.Users.Where(u => u.UserName == eigenaar).Select(u => new Taakhouder(u.Id, u.Naam)).SingleAsync();
        var traject = Traject.Start(await dienst.NieuwsteDefinitieAsync("thuis-in-de-buurt-accommodatie"), $"Testhuis {Guid.NewGuid():N}"[..20],
            project, new Taakhouder(leider.Id, leider.Naam), new Dictionary<string, Taakhouder> { [Rollen.Steller] = eig }, leider,
            fabriek.Klok.GetUtcNow().UtcDateTime, "Testkern", "Groep 9");
        await dienst.StartAsync(traject);
        return (project, traject.Id);
    }

    private async Task<Traject> LaadAsync(int id)
    {
        using var scope = fabriek.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(id))!;
    }

    private static string Url((int ProjectId, int TrajectId) t) => $"/Projecten/{t.ProjectId}/Trajecten/{t.TrajectId}";

    private static string Formulier(string handler) => $"main form[data-formulier={handler}]";

    private static string Veld(IHtmlDocument pagina, string term) =>
        pagina.QuerySelectorAll(".traject-gegevens dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent.Trim();

    [Fact]
    public async Task Trajectpagina_toont_kop_route_bewijs_en_tijdlijn()
    {
        var project = await ThuisInDeBuurtAsync();
        var projectleider = await _route.AlsAsync("projectleider");
        var bord = await projectleider.PaginaAsync($"/Projecten/{project}/Bord");
        var link = bord.QuerySelectorAll("table.bord a").Single(a => a.TextContent == "Wij(k)huis de Haard").GetAttribute("href")!;

        var pagina = await projectleider.PaginaAsync(link);

        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Wij(k)huis de Haard");
        Veld(pagina, "Kern").ShouldBe("Oss – de Ruwaard");
        Veld(pagina, "Groep").ShouldBe("Pilot");
        Veld(pagina, "Werkwijze").ShouldBe("Thuis in de Buurt: accommodatie (versie 1)");
        Veld(pagina, "Huidige stap").ShouldBe("Besluitmoment bedrijfsplan");
        Veld(pagina, "Eigenaar").ShouldBe("P. Noten");
        Veld(pagina, "In deze stap").ShouldMatch(@"^\d+ werkdagen$");
        Veld(pagina, "Wacht op besluit").ShouldMatch(@"^Collegevoorstel \d+$");
        var route = pagina.QuerySelectorAll(".traject-route__stap").ToList();
        route.Select(r => r.GetAttribute("data-stap")).ShouldBe([
            "Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan", "Trainingsbijeenkomsten", "IndividueleCoaching",
            "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie"]);
        route.Take(6).ShouldAllBe(r => r.QuerySelector(".traject-route__stand")!.TextContent == "Gedaan");
        route[6].ClassList.ShouldContain("stap--huidig");
        route[8].QuerySelector(".traject-route__stand")!.TextContent.ShouldBe("Niet gestart");
        pagina.QuerySelectorAll(".tijdlijn__item").Length.ShouldBeGreaterThan(6);
        pagina.QuerySelector("[data-formulier=Voltooien]").ShouldBeNull("een besluitmoment wordt besloten, niet afgerond");

        var bewijs = route[0].QuerySelector(".bewijs a")!;
        bewijs.TextContent.ShouldStartWith("Verslag: ");
        var download = await projectleider.Http.GetAsync(System.Net.WebUtility.HtmlDecode(bewijs.GetAttribute("href")!));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).Take(5).ShouldBe("%PDF-"u8.ToArray());
    }

    [Theory]
    [InlineData("projectleider")]
    [InlineData("steller")] // owner of the steps
    [InlineData("secretariaat")] // reads the project
    [InlineData("hoofd.ontwikkelbedrijf")] // owner of the steps of the second traject, no reader of the project
    public async Task Traject_is_zichtbaar_voor_projectleider_eigenaar_en_wie_het_project_leest(string wie)
    {
        var traject = await StartAsync(wie == "hoofd.ontwikkelbedrijf" ? wie : "steller");
        (await (await _route.AlsAsync(wie)).GetAsync(Url(traject))).Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("financien")]
    [InlineData("griffie")]
    [InlineData("hoofd.ontwikkelbedrijf")] // another steller
    public async Task Traject_wordt_geweigerd_voor_anderen_ook_hun_posts_en_downloads(string wie)
    {
        var traject = await StartAsync();
        var leider = await _route.AlsAsync("projectleider");
        (await leider.VerstuurAsync(Url(traject), new() { ["BewijsSoort"] = "Verslag" }, formulierSelector: Formulier("Bewijs"),
            bestanden: [("BewijsBestand", "verslag.pdf", Route.Pdf)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bestand = (await LaadAsync(traject.TrajectId)).Stappen[0].Bewijs.Single().BestandId;
        var voor = (await LaadAsync(traject.TrajectId)).Versie;
        var klant = await _route.AlsAsync(wie);

        (await klant.GetAsync(Url(traject))).Antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await klant.Http.GetAsync($"{Url(traject)}?handler=Bewijs&bestand={bestand}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = (await klant.PaginaAsync("/Taken")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (handler, veld) in new[] { ("Opmerking", "OpmerkingTekst"), ("Overslaan", "OverslaanReden"), ("Termijn", "TermijnReden") })
        {
            var antwoord = await klant.Http.PostAsync($"{Url(traject)}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, [veld] = "Niet van mij.", ["TermijnDatum"] = Route.Datum(30),
            }));
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden, handler);
        }
        (await LaadAsync(traject.TrajectId)).Versie.ShouldBe(voor, "niets veranderd");
    }

    [Fact]
    public async Task Eigenaar_rondt_een_stap_af_met_een_verslag_en_het_bewijs_is_te_downloaden()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");

        var antwoord = await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Verslag", ["VoltooienOpmerking"] = "Goed bezocht." },
            formulierSelector: Formulier("Voltooien"), bestanden: [("VoltooienBestand", "verslag bijeenkomst.pdf", Route.Pdf)]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var t = await LaadAsync(traject.TrajectId);
        t.Status.ShouldBe("Veerkrachtdialoog");
        t.Stappen[0].Bewijs.ShouldHaveSingleItem().ShouldBe(t.Stappen[0].Bewijs[0] with { Soort = "Verslag", Naam = "verslag bijeenkomst.pdf" });
        t.Stappen[0].Opmerkingen.ShouldBe(["Goed bezocht."]);
        var pagina = await steller.PaginaAsync(Url(traject));
        var link = pagina.QuerySelectorAll(".bewijs a").Single(a => a.TextContent == "Verslag: verslag bijeenkomst.pdf").GetAttribute("href")!;
        (await (await steller.Http.GetAsync(System.Net.WebUtility.HtmlDecode(link))).Content.ReadAsByteArrayAsync()).ShouldBe(Route.Pdf);
    }

    [Fact]
    public async Task Afronden_zonder_verslag_wordt_geweigerd_bij_het_bestand_en_bewaart_de_opmerking_en_de_weigering()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");

        var antwoord = await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Verslag", ["VoltooienOpmerking"] = "Mijn tekst" },
            formulierSelector: Formulier("Voltooien"));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("#VoltooienBestand-fout")!.TextContent.ShouldStartWith("Voeg eerst toe: verslag.");
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name=VoltooienOpmerking]")!.Value.ShouldBe("Mijn tekst");
        var t = await LaadAsync(traject.TrajectId);
        t.Status.ShouldBe("Stakeholderbijeenkomst");
        t.Gebeurtenissen.Last().Soort.ShouldBe("Geweigerd");
    }

    [Fact]
    public async Task Een_bestand_dat_geen_pdf_is_wordt_bij_het_veld_geweigerd_en_niets_verandert()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");
        var voor = (await LaadAsync(traject.TrajectId)).Versie;

        var antwoord = await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Verslag", ["VoltooienOpmerking"] = "Bewaar mij" },
            formulierSelector: Formulier("Voltooien"), bestanden: [("VoltooienBestand", "verslag.pdf", "MZ\0\0programma"u8.ToArray())]);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("#VoltooienBestand-fout")!.TextContent.ShouldContain("De inhoud van 'verslag.pdf' is geen PDF-bestand");
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name=VoltooienOpmerking]")!.Value.ShouldBe("Bewaar mij");
        (await LaadAsync(traject.TrajectId)).Versie.ShouldBe(voor);
    }

    [Fact]
    public async Task Een_geweigerde_afronding_houdt_het_geuploade_bestand_vast_voor_de_volgende_poging()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");

        // A plan where a verslag is needed: refused, but the file is kept.
        var eerste = await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Plan" },
            formulierSelector: Formulier("Voltooien"), bestanden: [("VoltooienBestand", "verslag.pdf", Route.Pdf)]);
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(eerste);
        pagina.QuerySelector(".bewaard-bestand")!.TextContent.ShouldContain("verslag.pdf");

        var tweede = await steller.VerstuurAsync(Url(traject), pagina.QuerySelector<IHtmlFormElement>(Formulier("Voltooien"))!,
            new() { ["VoltooienSoort"] = "Verslag" });

        tweede.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(tweede));
        (await LaadAsync(traject.TrajectId)).Stappen[0].Bewijs.ShouldHaveSingleItem().Naam.ShouldBe("verslag.pdf");
    }

    [Fact]
    public async Task Alleen_de_projectleider_ziet_en_mag_overslaan_en_een_reden_is_nodig()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");
        var leider = await _route.AlsAsync("projectleider");
        (await steller.PaginaAsync(Url(traject))).QuerySelector(Formulier("Overslaan")).ShouldBeNull();
        var token = (await steller.PaginaAsync(Url(traject))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await steller.Http.PostAsync($"{Url(traject)}?handler=Overslaan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["OverslaanReden"] = "Ik wil door.",
        }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var zonder = await leider.VerstuurAsync(Url(traject), new() { ["OverslaanReden"] = " " }, formulierSelector: Formulier("Overslaan"));
        zonder.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(zonder)).QuerySelector("[data-valmsg-for=OverslaanReden]")!.TextContent.ShouldBe("Geef een reden op.");

        var met = await leider.VerstuurAsync(Url(traject), new() { ["OverslaanReden"] = "Al gehouden in 2020." }, formulierSelector: Formulier("Overslaan"));
        met.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(met));
        var t = await LaadAsync(traject.TrajectId);
        t.Status.ShouldBe("Veerkrachtdialoog");
        t.Stappen[0].Uitkomst.ShouldBe(StapUitkomst.Overgeslagen);
        t.Stappen[0].Reden.ShouldBe("Al gehouden in 2020.");
    }

    [Fact]
    public async Task Projectleider_verzet_de_termijn_en_een_onzinnige_datum_komt_terug_bij_het_veld()
    {
        var traject = await StartAsync();
        var leider = await _route.AlsAsync("projectleider");

        var fout = await leider.VerstuurAsync(Url(traject), new() { ["TermijnDatum"] = "31-02-2026", ["TermijnReden"] = "Vakantie" },
            formulierSelector: Formulier("Termijn"));
        fout.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(fout);
        pagina.QuerySelector("[data-valmsg-for=TermijnDatum]")!.TextContent.ShouldStartWith("Geef een geldige datum");
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name=TermijnReden]")!.Value.ShouldBe("Vakantie");

        var goed = await leider.VerstuurAsync(Url(traject), new() { ["TermijnDatum"] = Route.Datum(60), ["TermijnReden"] = "Vakantie" },
            formulierSelector: Formulier("Termijn"));
        goed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(goed));
        (await LaadAsync(traject.TrajectId)).HuidigeStap!.Deadline.ShouldBe(DateOnly.Parse(Route.Datum(60)));
    }

    [Fact]
    public async Task Projectleider_stuurt_terug_en_heropent_een_eerdere_stap_en_de_eigenaar_plaatst_een_opmerking()
    {
        var traject = await StartAsync();
        var steller = await _route.AlsAsync("steller");
        var leider = await _route.AlsAsync("projectleider");
        (await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Verslag" }, formulierSelector: Formulier("Voltooien"),
            bestanden: [("VoltooienBestand", "v.pdf", Route.Pdf)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await steller.VerstuurAsync(Url(traject), new() { ["OpmerkingTekst"] = "Datum dialoog volgt." }, formulierSelector: Formulier("Opmerking")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await steller.PaginaAsync(Url(traject))).QuerySelector(Formulier("Terugsturen")).ShouldBeNull("terugsturen is aan de projectleider");

        (await leider.VerstuurAsync(Url(traject), new() { ["TerugReden"] = "Verslag mist de deelnemers." }, formulierSelector: Formulier("Terugsturen")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LaadAsync(traject.TrajectId)).Status.ShouldBe("Stakeholderbijeenkomst");
        (await steller.VerstuurAsync(Url(traject), new() { ["VoltooienSoort"] = "Verslag" }, formulierSelector: Formulier("Voltooien"),
            bestanden: [("VoltooienBestand", "v2.pdf", Route.Pdf)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var heropen = await leider.VerstuurAsync(Url(traject), new() { ["HeropenStap"] = "Stakeholderbijeenkomst", ["HeropenReden"] = "Nieuwe stakeholders." },
            formulierSelector: Formulier("Heropenen"));
        heropen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(heropen));
        var t = await LaadAsync(traject.TrajectId);
        t.Status.ShouldBe("Stakeholderbijeenkomst");
        t.Stappen.Select(s => s.Uitkomst).ShouldBe([StapUitkomst.Voltooid, StapUitkomst.Teruggestuurd, StapUitkomst.Voltooid, StapUitkomst.Vervallen, null]);
        t.Stappen[1].Opmerkingen.ShouldBe(["Datum dialoog volgt."]);
    }

    [Fact]
    public async Task Een_GET_van_de_pagina_of_een_download_verandert_niets()
    {
        var traject = await StartAsync();
        var voor = await LaadAsync(traject.TrajectId);
        var leider = await _route.AlsAsync("projectleider");
        await leider.PaginaAsync(Url(traject));
        await leider.PaginaAsync($"/Projecten/{traject.ProjectId}/Bord");
        await leider.PaginaAsync($"/Projecten/{traject.ProjectId}/Trajecten/Nieuw");
        var na = await LaadAsync(traject.TrajectId);
        na.Versie.ShouldBe(voor.Versie);
        na.Gebeurtenissen.Count.ShouldBe(voor.Gebeurtenissen.Count);
    }

    [Fact]
    public async Task Projectleider_start_een_traject_vanaf_de_projectpagina()
    {
        var project = await ThuisInDeBuurtAsync();
        var leider = await _route.AlsAsync("projectleider");
        var link = (await leider.PaginaAsync($"/Projecten/{project}")).QuerySelectorAll("a").Single(a => a.TextContent == "Traject starten")
            .GetAttribute("href")!;
        var formulier = await leider.PaginaAsync(link);
        var steller2 = formulier.QuerySelectorAll("select[name=EigenaarId] option").Single(o => o.TextContent == "S. de Wit").GetAttribute("value")!;
        formulier.QuerySelectorAll("select[name=Workflow] option").Select(o => o.GetAttribute("value"))
            .ShouldBe(["", "thuis-in-de-buurt-accommodatie", "voorzieningenprogramma"], ignoreOrder: true);

        var fout = await leider.VerstuurAsync(link, new() { ["Workflow"] = "thuis-in-de-buurt-accommodatie", ["Naam"] = "", ["Kern"] = "Nistelrode" });
        fout.StatusCode.ShouldBe(HttpStatusCode.OK);
        var foutpagina = await TestKlant.LeesAsync(fout);
        foutpagina.QuerySelector("[data-valmsg-for=Naam]")!.TextContent.ShouldBe("Geef het traject een naam.");
        foutpagina.QuerySelector<IHtmlInputElement>("input[name=Kern]")!.Value.ShouldBe("Nistelrode");

        var antwoord = await leider.VerstuurAsync(link, new()
        {
            ["Workflow"] = "thuis-in-de-buurt-accommodatie", ["Naam"] = "Dorpshuis Nistelrode (test)", ["Kern"] = "Nistelrode",
            ["Groep"] = "Groep 3", ["EigenaarId"] = steller2,
        });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
        var t = await LaadAsync(id);
        t.ProjectId.ShouldBe(project);
        t.Naam.ShouldBe("Dorpshuis Nistelrode (test)");
        (t.Kern, t.Groep).ShouldBe(("Nistelrode", "Groep 3"));
        t.Eigenaren[Rollen.Steller].ShouldBe(new Taakhouder(steller2, "S. de Wit"));
        t.HuidigeStap!.EigenaarNaam.ShouldBe("S. de Wit");
        t.ProjectleiderNaam.ShouldBe("P. Noten");
    }

    [Fact]
    public async Task Een_eigenaar_zonder_de_rol_van_de_stappen_wordt_geweigerd_bij_het_veld()
    {
        var project = await ThuisInDeBuurtAsync();
        var leider = await _route.AlsAsync("projectleider");
        string financien;
        using (var scope = fabriek.Services.CreateScope())
            financien = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Users
                .Where(u => u.UserName == "financien").Select(u => u.Id).SingleAsync();
        var url = $"/Projecten/{project}/Trajecten/Nieuw";
        var formulier = (await leider.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        var antwoord = await leider.VerstuurAsync(url, formulier, new()
        {
            ["Workflow"] = "thuis-in-de-buurt-accommodatie", ["Naam"] = "Geen steller", ["EigenaarId"] = financien,
        });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector("[data-valmsg-for=EigenaarId]")!.TextContent.ShouldBe("Kies een medewerker met de rol Steller.");
    }

    [Theory]
    [InlineData("secretariaat")] // reads the project, does not lead it
    [InlineData("steller")]
    [InlineData("financien")]
    public async Task Een_traject_starten_door_een_ander_wordt_geweigerd(string wie)
    {
        var project = await ThuisInDeBuurtAsync();
        var klant = await _route.AlsAsync(wie);
        var url = $"/Projecten/{project}/Trajecten/Nieuw";
        (await klant.GetAsync(url)).Antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = (await klant.PaginaAsync("/Taken")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await klant.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Workflow"] = "thuis-in-de-buurt-accommodatie", ["Naam"] = "Niet van mij",
        }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var scope = fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Trajecten.AnyAsync(t => t.Naam == "Niet van mij")).ShouldBeFalse();
    }
}

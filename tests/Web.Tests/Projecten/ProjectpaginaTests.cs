using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Projecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Projecten;

/// <summary>
/// The project as a case: its page with seed 001's projectopdracht, resultaten, kernopgaven and linked proposals;
/// who may open it; and the projectleider recording a resultaat's status and evidence.
/// </summary>
public class ProjectpaginaTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<int> ThuisInDeBuurtAsync()
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Projecten.Where(p => p.Naam == "Thuis in de Buurt").Select(p => p.Id).SingleAsync();
    }

    private async Task<Projectresultaat> ResultaatAsync(int projectId, int volgnummer)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Projectresultaten.AsNoTracking().SingleAsync(r => r.ProjectId == projectId && r.Volgnummer == volgnummer);
    }

    private async Task<string> GebruikerIdAsync(string gebruikersnaam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Users.Where(g => g.UserName == gebruikersnaam).Select(g => g.Id).SingleAsync();
    }

    private static string Veld(IHtmlDocument pagina, string term) =>
        pagina.QuerySelectorAll(".project-gegevens dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent.Trim();

    private static List<string[]> Rijen(IHtmlDocument pagina, string tabel) =>
        pagina.QuerySelectorAll($"table.{tabel} tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public async Task Projectpagina_toont_de_projectopdracht_uit_seed_001()
    {
        var id = await ThuisInDeBuurtAsync();
        var pagina = await (await _route.AlsAsync("projectleider")).PaginaAsync($"/Projecten/{id}");

        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Thuis in de Buurt");
        Veld(pagina, "Programma").ShouldBe("Sociaal domein");
        Veld(pagina, "Opdrachtgever").ShouldStartWith("College van B&W");
        Veld(pagina, "Projectleider").ShouldBe("P. Noten");
        Veld(pagina, "Afdeling").ShouldBe("Maatschappelijke Ontwikkeling");
        Veld(pagina, "Periode").ShouldBe("september 2020 – september 2023");
        Veld(pagina, "Budget").ShouldBe("€ 60.000 per jaar");
        pagina.QuerySelectorAll(".stakeholders li").Select(l => l.TextContent).ShouldBe([
            "Beheerstichtingen van de wijk- en dorpshuizen", "ASD", "Zorgcoöperaties", "ONS welzijn", "Woningcorporaties",
            "Afdeling Vastgoed", "Afdeling F&C", "Afdeling Inkoop"]);
        var resultaten = Rijen(pagina, "resultaten");
        resultaten.Count.ShouldBe(6);
        resultaten[0][1].ShouldStartWith("De beheerstichtingen van de wijk- en dorpshuizen onderschrijven de visie");
        resultaten[0][2].ShouldBe("Bezig");
        resultaten[0][3].ShouldContain("Wij(k)huis de Haard");
        resultaten[5][1].ShouldContain("substitutieactiviteiten vanuit de WMO/BW/JZ");
        pagina.QuerySelectorAll(".kernopgaven li").Select(l => l.TextContent)
            .ShouldBe(["Herstructureren van het voorzieningenniveau", "Mensen doen mee"]);
    }

    [Fact]
    public async Task Gekoppelde_voorstellen_staan_op_de_pagina_en_een_concept_alleen_voor_wie_het_mag_zien()
    {
        var id = await ThuisInDeBuurtAsync();
        var secretariaat = Rijen(await (await _route.AlsAsync("secretariaat")).PaginaAsync($"/Projecten/{id}"), "projectvoorstellen");
        var projectleider = Rijen(await (await _route.AlsAsync("projectleider")).PaginaAsync($"/Projecten/{id}"), "projectvoorstellen");

        secretariaat.Select(r => r[1]).ShouldBe([
            "Vaststellen beleidskader Thuis in de Buurt",
            "Pilot Wij(k)huis de Haard: verlenging proeftuin",
            "Plekkenmakers de Bongerd: ontmoeten in Macharen"]);
        secretariaat.ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r[0], @"^\d{2}-\d{5}$"));
        secretariaat[0][2].ShouldBe("Advies bedrijfsvoering");
        secretariaat[2][2].ShouldBe("College van B&W");
        secretariaat[2][3].ShouldNotBe("–");
        // The projectleider's own draft is the projectleider's alone.
        projectleider.Select(r => r[1]).ShouldContain("Tariefdifferentiatie wijk- en dorpshuizen");
        projectleider.Single(r => r[1] == "Tariefdifferentiatie wijk- en dorpshuizen")[0].ShouldBe("–");

        var pagina = await (await _route.AlsAsync("secretariaat")).PaginaAsync($"/Projecten/{id}");
        var link = pagina.QuerySelectorAll("table.projectvoorstellen a").First().GetAttribute("href")!;
        link.ShouldMatch(@"^/Voorstellen/\d+$");
        (await (await _route.AlsAsync("secretariaat")).GetAsync(link)).Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("projectleider")]
    [InlineData("afdelingshoofd")]
    [InlineData("afdelingshoofd2")] // deputy of the afdelingshoofd
    [InlineData("secretariaat")]
    [InlineData("secretaris")]
    [InlineData("directeur")]
    [InlineData("dtsecretaris")]
    [InlineData("wethouder")]
    [InlineData("beheerder")]
    [InlineData("steller")] // steller of linked proposals
    [InlineData("steller2")] // the steller's deputy
    public async Task Project_is_zichtbaar_voor_wie_erbij_hoort(string wie)
    {
        var id = await ThuisInDeBuurtAsync();
        var klant = await _route.AlsAsync(wie);
        (await klant.GetAsync($"/Projecten/{id}")).Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await klant.PaginaAsync("/Projecten")).QuerySelectorAll("table.projecten a").Select(a => a.TextContent)
            .ShouldContain("Thuis in de Buurt");
    }

    [Theory]
    [InlineData("financien")] // advisor on a linked proposal, not its steller
    [InlineData("inkoop")]
    [InlineData("griffie")]
    [InlineData("orsecretaris")]
    [InlineData("hoofd.bedrijfsvoering")] // afdelingshoofd of another afdeling
    [InlineData("smo")]
    public async Task Project_wordt_geweigerd_voor_anderen(string wie)
    {
        var id = await ThuisInDeBuurtAsync();
        var klant = await _route.AlsAsync(wie);
        (await klant.GetAsync($"/Projecten/{id}")).Antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await klant.PaginaAsync("/Projecten")).QuerySelectorAll("table.projecten a").Select(a => a.TextContent)
            .ShouldNotContain("Thuis in de Buurt");
    }

    [Fact]
    public async Task Resultaat_bijwerken_door_de_projectleider_wordt_bewaard_en_getoond()
    {
        var id = await ThuisInDeBuurtAsync();
        var projectleider = await _route.AlsAsync("projectleider");
        var voor = await ResultaatAsync(id, 3);
        var project = await projectleider.PaginaAsync($"/Projecten/{id}");
        var formulier = project.QuerySelectorAll("a").Single(a => a.TextContent == "Resultaat 3 bijwerken").GetAttribute("href")!;
        formulier.ShouldBe($"/Projecten/{id}/Resultaten/{voor.Id}");
        var keuzes = (await projectleider.PaginaAsync(formulier)).QuerySelectorAll("select[name=BewijsVoorstelId] option");
        var beleid = keuzes.Single(o => o.TextContent.EndsWith("Vaststellen beleidskader Thuis in de Buurt")).GetAttribute("value")!;

        var vanaf = fabriek.Klok.GetUtcNow().UtcDateTime;
        var antwoord = await projectleider.VerstuurAsync(formulier, new()
        {
            ["Status"] = "Behaald",
            ["Bewijs"] = "Exploitatieafspraken met de beheerstichtingen vastgelegd.",
            ["BewijsVoorstelId"] = beleid,
        });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var na = await ResultaatAsync(id, 3);
        na.Status.ShouldBe(Resultaatstatus.Behaald);
        na.Bewijs.ShouldBe("Exploitatieafspraken met de beheerstichtingen vastgelegd.");
        na.BewijsVoorstelId.ShouldBe(int.Parse(beleid));
        na.GewijzigdDoorId.ShouldBe(await GebruikerIdAsync("projectleider"));
        na.GewijzigdOp!.Value.ShouldBeInRange(vanaf, fabriek.Klok.GetUtcNow().UtcDateTime, "de tijd van de app-klok bij het opslaan");
        var rij = Rijen(await projectleider.PaginaAsync($"/Projecten/{id}"), "resultaten")[2];
        rij[2].ShouldBe("Behaald");
        rij[3].ShouldContain("Exploitatieafspraken met de beheerstichtingen vastgelegd.");
        rij[3].ShouldContain("Vaststellen beleidskader Thuis in de Buurt");
        rij[4].ShouldStartWith("P. Noten, ");
    }

    [Theory]
    [InlineData("secretariaat")] // may see the project, not update it
    [InlineData("afdelingshoofd")]
    [InlineData("steller")]
    [InlineData("financien")] // may not even see it
    public async Task Resultaat_bijwerken_door_een_ander_wordt_geweigerd_en_bewaart_niets(string wie)
    {
        var id = await ThuisInDeBuurtAsync();
        var voor = await ResultaatAsync(id, 4);
        var klant = await _route.AlsAsync(wie);
        var url = $"/Projecten/{id}/Resultaten/{voor.Id}";
        (await klant.GetAsync(url)).Antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // With the person's own valid antiforgery token (from the logout form every page carries).
        var token = (await klant.PaginaAsync("/Taken")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var antwoord = await klant.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Status"] = "Behaald", ["Bewijs"] = "Niet van mij.",
        }));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var na = await ResultaatAsync(id, 4);
        na.Status.ShouldBe(voor.Status);
        na.Bewijs.ShouldBe(voor.Bewijs);
        na.GewijzigdDoorId.ShouldBeNull();
    }

    [Fact]
    public async Task Resultaat_bijwerken_zonder_antiforgery_token_wordt_geweigerd()
    {
        var id = await ThuisInDeBuurtAsync();
        var voor = await ResultaatAsync(id, 4);
        var projectleider = await _route.AlsAsync("projectleider");

        var antwoord = await projectleider.Http.PostAsync($"/Projecten/{id}/Resultaten/{voor.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Status"] = "Behaald", ["Bewijs"] = "Zonder token." }));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ResultaatAsync(id, 4)).Bewijs.ShouldBe(voor.Bewijs);
    }

    [Fact]
    public async Task Onjuiste_invoer_geeft_een_melding_bij_het_veld_en_houdt_de_invoer_vast()
    {
        var id = await ThuisInDeBuurtAsync();
        var voor = await ResultaatAsync(id, 5);
        var projectleider = await _route.AlsAsync("projectleider");
        var url = $"/Projecten/{id}/Resultaten/{voor.Id}";
        var lang = new string('x', Projectvelden.Bewijs + 1);

        var teLang = await TestKlant.LeesAsync(await projectleider.VerstuurAsync(url, new() { ["Status"] = "Bezig", ["Bewijs"] = lang }));
        Veldfout(teLang, "Bewijs").ShouldBe("Gebruik ten hoogste 4.000 tekens; dit zijn er 4.001.");
        teLang.QuerySelector("textarea[name=Bewijs]")!.GetAttribute("aria-invalid").ShouldBe("true");
        teLang.QuerySelector(".foutsamenvatting")!.TextContent.ShouldContain("Gebruik ten hoogste 4.000 tekens; dit zijn er 4.001.");
        teLang.QuerySelector<IHtmlTextAreaElement>("textarea[name=Bewijs]")!.Value.ShouldBe(lang);
        teLang.QuerySelector<IHtmlSelectElement>("select[name=Status]")!.Value.ShouldBe("Bezig");

        var zonderBewijs = await TestKlant.LeesAsync(await projectleider.VerstuurAsync(url, new() { ["Status"] = "Behaald", ["Bewijs"] = "" }));
        Veldfout(zonderBewijs, "Bewijs").ShouldStartWith("Beschrijf waaruit blijkt dat het resultaat behaald is");
        zonderBewijs.QuerySelector<IHtmlSelectElement>("select[name=Status]")!.Value.ShouldBe("Behaald");

        var zonderStatus = await TestKlant.LeesAsync(await projectleider.VerstuurAsync(url, new() { ["Status"] = "", ["Bewijs"] = "Getypt." }));
        Veldfout(zonderStatus, "Status").ShouldBe("Kies een status.");
        zonderStatus.QuerySelector<IHtmlTextAreaElement>("textarea[name=Bewijs]")!.Value.ShouldBe("Getypt.");

        var onzin = await TestKlant.LeesAsync(await projectleider.VerstuurAsync(url, new() { ["Status"] = "Onzin", ["Bewijs"] = "Getypt." }));
        Veldfout(onzin, "Status").ShouldBe("'Onzin' is geen geldige waarde.");

        // A proposal of another project cannot be linked as evidence.
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var ander = await db.Voorstellen.Where(v => v.ProjectId != id).Select(v => v.Id).FirstAsync();
            var vreemd = await TestKlant.LeesAsync(await projectleider.VerstuurAsync(url,
                new() { ["Status"] = "Bezig", ["Bewijs"] = "Getypt.", ["BewijsVoorstelId"] = ander.ToString() }));
            Veldfout(vreemd, "BewijsVoorstelId").ShouldBe("Kies een voorstel van dit project.");
        }

        var na = await ResultaatAsync(id, 5);
        na.Status.ShouldBe(voor.Status);
        na.Bewijs.ShouldBe(voor.Bewijs);
        na.GewijzigdDoorId.ShouldBeNull();
    }

    private static string Veldfout(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"span.veld-fout[data-valmsg-for={veld}]")!.TextContent.Trim();

    [Fact]
    public async Task Projecten_zijn_bereikbaar_vanuit_het_overzicht_en_het_menu()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var overzicht = await secretariaat.PaginaAsync("/Overzicht");
        overzicht.QuerySelectorAll("nav.kop__nav a").Select(a => a.GetAttribute("href")).ShouldContain("/Projecten");
        var naarProjecten = overzicht.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == "/Projecten");

        var lijst = await secretariaat.PaginaAsync(naarProjecten.GetAttribute("href")!);
        var thuis = lijst.QuerySelectorAll("table.projecten a").Single(a => a.TextContent == "Thuis in de Buurt");
        var rij = thuis.Closest("tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        rij[3].ShouldBe("P. Noten");
        rij[6].ShouldBe("3");
        (await secretariaat.PaginaAsync(thuis.GetAttribute("href")!)).QuerySelector("h1")!.TextContent.ShouldBe("Thuis in de Buurt");
        // All demo projects stay listed.
        lijst.QuerySelectorAll("table.projecten a").Count().ShouldBe(4);
    }

    [Fact]
    public async Task Projectpagina_leest_met_een_vast_klein_aantal_sql_opdrachten()
    {
        var id = await ThuisInDeBuurtAsync();
        var klant = await _route.AlsAsync("projectleider");
        await klant.PaginaAsync($"/Projecten/{id}");
        var telling = fabriek.Sql.Tel($"/Projecten/{id}", "GET");

        var pagina = await klant.PaginaAsync($"/Projecten/{id}");

        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Thuis in de Buurt");
        TestContext.Current.TestOutputHelper!.WriteLine($"Projectpagina: {telling.Aantal} SQL-opdrachten\n" + string.Join("\n---\n", telling.Commando));
        telling.Aantal.ShouldBeLessThanOrEqualTo(15, "was 18: project in drie delen, de namen elk apart");
    }
}

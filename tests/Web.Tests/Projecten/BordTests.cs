using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Projecten;

/// <summary>
/// The projectleider's board of a project's trajecten (demo: the 23 accommodaties of Thuis in de Buurt): cells with
/// their state in text and class, filters, totals, resultaten, who may see it, and a constant number of queries.
/// </summary>
public class BordTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<int> ProjectAsync(string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Projecten.Where(p => p.Naam == naam).Select(p => p.Id).SingleAsync();
    }

    private static IHtmlTableElement Tabel(IHtmlDocument bord) =>
        (IHtmlTableElement)bord.QuerySelector("table.bord[data-workflow=thuis-in-de-buurt-accommodatie]")!;

    private static Dictionary<string, string> Cellen(IHtmlTableElement tabel, string traject)
    {
        var rij = tabel.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == traject);
        return rij.QuerySelectorAll("td[data-stap]").ToDictionary(c => c.GetAttribute("data-stap")!, c => $"{c.ClassName}|{c.TextContent.Trim()}");
    }

    [Fact]
    public async Task Bord_toont_de_23_accommodaties_met_per_stap_de_stand_in_tekst_en_klasse()
    {
        var id = await ProjectAsync("Thuis in de Buurt");
        var bord = await (await _route.AlsAsync("projectleider")).PaginaAsync($"/Projecten/{id}/Bord");
        var tabel = Tabel(bord);

        tabel.QuerySelectorAll("tbody tr").Length.ShouldBe(23);
        tabel.QuerySelectorAll("thead th[data-stap]").Select(th => th.TextContent).ShouldBe([
            "Stakeholderbijeenkomst", "Veerkrachtdialoog", "Visie en activiteitenplan", "Trainingsbijeenkomsten (KNHM)", "Individuele coaching (KNHM)",
            "Bedrijfsplan en exploitatie", "Besluitmoment bedrijfsplan", "Uitvoering: afspraken vastgelegd", "Evaluatie"]);
        var haard = Cellen(tabel, "Wij(k)huis de Haard");
        haard["Stakeholderbijeenkomst"].ShouldBe("utrecht-table__cell bord-cel stap--gedaan|Gedaan");
        haard["Besluitmoment"].ShouldMatch(@"stap--huidig\|Huidige stap, \d+ werkdagen$");
        Cellen(tabel, "Plekkenmakers de Bongerd")["Besluitmoment"].ShouldContain("Huidige stap");
        Cellen(tabel, "Plekkenmakers de Bongerd")["Evaluatie"].ShouldEndWith("stap--niet-gestart|Niet gestart");
        Cellen(tabel, "Dorpshuis Berghem (demo)")["BedrijfsplanEnExploitatie"].ShouldContain("Huidige stap");
        Cellen(tabel, "Dorpshuis Teeffelen (demo)")["Veerkrachtdialoog"].ShouldEndWith("stap--overgeslagen|Overgeslagen");
        Cellen(tabel, "Dorpshuis Demen (demo)")["VisieEnActiviteitenplan"].ShouldEndWith("stap--opnieuw|Opnieuw te doen");
        Cellen(tabel, "Dorpshuis Neerloon (demo)")["Stakeholderbijeenkomst"].ShouldContain("stap--te-laat|Huidige stap, te laat, ");
        Cellen(tabel, "Dorpshuis Oijen (demo)")["Trainingsbijeenkomsten"].ShouldContain("Huidige stap, te laat");

        var totaal = tabel.QuerySelector("tfoot td[data-stap=Stakeholderbijeenkomst]")!.TextContent.Trim();
        totaal.ShouldStartWith("Gedaan 20 · Bezig 3 · Te laat ");
        bord.QuerySelectorAll("table.bord-resultaten tbody tr").Length.ShouldBe(6);
    }

    [Fact]
    public async Task Bord_filtert_op_kern_en_op_groep()
    {
        var id = await ProjectAsync("Thuis in de Buurt");
        var klant = await _route.AlsAsync("projectleider");
        var bord = await klant.PaginaAsync($"/Projecten/{id}/Bord");
        bord.QuerySelectorAll("select[name=kern] option").Select(o => o.TextContent).ShouldContain("Macharen");
        bord.QuerySelectorAll("select[name=groep] option").Select(o => o.TextContent).ShouldBe(["Alle groepen", "Groep 1", "Groep 2", "Pilot"]);

        var macharen = Tabel(await klant.PaginaAsync($"/Projecten/{id}/Bord?kern=Macharen&groep="));
        macharen.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ShouldBe(["Plekkenmakers de Bongerd"]);

        var groep = await klant.PaginaAsync($"/Projecten/{id}/Bord?groep=Groep+1");
        Tabel(groep).QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ShouldBe([
            "Dorpshuis Berghem (demo)", "Dorpshuis Geffen (demo)", "Dorpshuis Haren (demo)", "Dorpshuis Herpen (demo)", "Dorpshuis Megen (demo)"]);
        groep.QuerySelector<IHtmlSelectElement>("select[name=groep]")!.Value.ShouldBe("Groep 1");
    }

    [Fact]
    public async Task Projectpagina_vat_de_trajecten_samen_en_linkt_naar_het_bord()
    {
        var id = await ProjectAsync("Thuis in de Buurt");
        var pagina = await (await _route.AlsAsync("secretariaat")).PaginaAsync($"/Projecten/{id}");
        var samenvatting = pagina.QuerySelector("table.trajectsamenvatting[data-workflow=thuis-in-de-buurt-accommodatie]")!;
        samenvatting.QuerySelector("caption")!.TextContent.ShouldStartWith("Thuis in de Buurt: accommodatie (versie 1): 23 trajecten, ");
        samenvatting.QuerySelector("tr[data-stap=Besluitmoment]")!.TextContent.ShouldContain("Wij(k)huis de Haard");
        pagina.QuerySelectorAll("a").Single(a => a.TextContent == "Bord met alle trajecten").GetAttribute("href").ShouldBe($"/Projecten/{id}/Bord");
        pagina.QuerySelectorAll("a").ShouldNotContain(a => a.TextContent == "Traject starten", "alleen de projectleider start een traject");
    }

    [Theory]
    [InlineData("financien", HttpStatusCode.Forbidden)]
    [InlineData("griffie", HttpStatusCode.Forbidden)]
    [InlineData("hoofd.ontwikkelbedrijf", HttpStatusCode.Forbidden)]
    [InlineData("secretariaat", HttpStatusCode.OK)]
    [InlineData("steller", HttpStatusCode.OK)]
    public async Task Bord_is_er_voor_wie_het_project_mag_zien(string wie, HttpStatusCode verwacht)
    {
        var id = await ProjectAsync("Thuis in de Buurt");
        (await (await _route.AlsAsync(wie)).GetAsync($"/Projecten/{id}/Bord")).Antwoord.StatusCode.ShouldBe(verwacht);
    }

    [Fact]
    public async Task Bord_stuurt_evenveel_sql_opdrachten_bij_1_als_bij_12_trajecten()
    {
        var id = await ProjectAsync("Wijkgericht werken en buurtbudget");
        await TrajectenAsync(id, 1);
        var klant = await _route.AlsAsync("secretariaat");
        // Both counts with the session known to the instance's Sessiecache (on PostgreSQL once it listens), so the
        // session check costs neither request a statement and the two counts differ only by what the board reads.
        var sessies = fabriek.Services.GetRequiredService<Sessiecache>();
        await Signaalwacht.WachtAsync(k => sessies.StandGewijzigd += k, k => sessies.StandGewijzigd -= k,
            () => !fabriek.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.IsPostgreSql
                  || sessies.Luistert, "de instantie luistert naar wijzigingen");
        await klant.PaginaAsync($"/Projecten/{id}/Bord");
        var een = await TelAsync(klant, id, 1);
        await TrajectenAsync(id, 11);
        var twaalf = await TelAsync(klant, id, 12);

        twaalf.ShouldBe(een);
        een.ShouldBeLessThanOrEqualTo(8);
    }

    private async Task<int> TelAsync(TestKlant klant, int id, int verwacht)
    {
        var pad = $"/Projecten/{id}/Bord";
        var telling = fabriek.Sql.Tel(pad, "GET");
        var bord = await klant.PaginaAsync(pad);
        bord.QuerySelectorAll("table.bord tbody tr").Length.ShouldBe(verwacht);
        var uit = TestContext.Current.TestOutputHelper!;
        uit.WriteLine($"Bord met {verwacht} trajecten: {telling.Aantal} SQL-opdrachten");
        foreach (var sql in telling.Commando) uit.WriteLine($"---\n{sql}");
        return telling.Aantal;
    }

    /// <summary>Trajecten in several steps, each with a few visits, started and moved through the domain.</summary>
    private async Task TrajectenAsync(int projectId, int aantal)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var leider = await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == "projectleider").Select(u => u.Id).SingleAsync());
        var definitie = await dienst.NieuwsteDefinitieAsync("thuis-in-de-buurt-accommodatie");
        for (var i = 0; i < aantal; i++)
        {
            var nu = fabriek.Klok.GetUtcNow().UtcDateTime;
            var t = Traject.Start(definitie, $"Bordtraject {Guid.NewGuid():N}"[..24], projectId, new Taakhouder(leider.Id, leider.Naam),
                new Dictionary<string, Taakhouder>(), leider, nu, $"Kern {i % 3}", $"Groep {i % 2}");
            for (var s = 0; s < i % 4; s++)
                t.Voltooien(definitie, leider, definitie.Status(t.Status).VereistBewijs.Select(b => new Bewijs(Guid.NewGuid(), b, "b.pdf")), null, nu);
            await dienst.StartAsync(t);
        }
    }
}

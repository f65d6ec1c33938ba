using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Dashboard;

/// <summary>
/// The bestuurssecretariaat's dashboard: figures checked against proposals the test drives through the gates on a
/// clock it moves, and against the domain's own definition of late (<see cref="Voorstel.IsTeLaat"/>); every number
/// leads to a list with exactly that many rows. Each test runs on an app of its own (the clock moves months).
/// </summary>
public class DashboardTests
{
    protected virtual BesluitvormingFabriek NieuweFabriek() => new();

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.Local;

    private static DateTimeOffset Op(int jaar, int maand, int dag) =>
        new(new DateTime(jaar, maand, dag, 10, 0, 0), Zone.GetUtcOffset(new DateTime(jaar, maand, dag, 10, 0, 0)));

    private static async Task<T> MetDbAsync<T>(BesluitvormingFabriek fabriek, Func<BesluitvormingDbContext, Task<T>> vraag)
    {
        using var scope = fabriek.Services.CreateScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>());
    }

    private static Dictionary<string, string?> Voorstel(string onderwerp, DateOnly bw, DateOnly? dt = null)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = bw.ToString("yyyy-MM-dd");
        velden["Invoer.GeplandDt"] = dt?.ToString("yyyy-MM-dd") ?? "";
        return velden;
    }

    private static int Getal(IElement cel) => int.Parse(cel.TextContent.Trim());

    /// <summary>The rows of a drill-down list behind a link on the dashboard (or the overview).</summary>
    private static async Task<int> RegelsAchterAsync(TestKlant klant, IElement link)
    {
        var href = WebUtility.HtmlDecode(link.GetAttribute("href")!);
        var pagina = await klant.PaginaAsync(href);
        return href.StartsWith("/Overzicht")
            ? pagina.QuerySelectorAll("table.overzicht tbody tr").Length
            : pagina.QuerySelectorAll("#lijst table tbody tr").Length;
    }

    [Fact]
    public async Task Cijfers_per_stap_te_laat_vergaderingen_en_doorlooptijd_kloppen_met_de_voorstellen()
    {
        using var fabriek = NieuweFabriek();
        // The app starts (and seeds its demo proposals) on the usual day; then months pass, so the throughput window
        // holds only this test's departures.
        _ = fabriek.Services;
        fabriek.Klok.ZetOp(Op(2027, 2, 15));
        var einddatum = new DateOnly(2027, 3, 10);
        var (dt, bw, bwDaarna) = await MetDbAsync(fabriek, async db =>
        {
            var bw = await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.College && m.Datum >= einddatum).MinAsync(m => m.Datum);
            return (await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.Directieteam && m.Datum >= einddatum).MinAsync(m => m.Datum), bw,
                await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.College && m.Datum > bw).MinAsync(m => m.Datum));
        });

        var route = new Route(fabriek);
        var snel = await route.IndienenAsync("steller", Voorstel("Dashboard: snel geparafeerd", bwDaarna));
        var traag = await route.IndienenAsync("steller", Voorstel("Dashboard: traag geparafeerd", bwDaarna));
        fabriek.Klok.ZetOp(Op(2027, 2, 17));
        await new Route(fabriek).DoeAsync("afdelingshoofd", snel, Triggers.Paraferen);
        fabriek.Klok.ZetOp(Op(2027, 3, 3));
        route = new Route(fabriek);
        await route.DoeAsync("afdelingshoofd", traag, Triggers.Paraferen);
        var laat = await route.IndienenAsync("steller", Voorstel("Dashboard: paraaf blijft liggen", bw, dt));
        fabriek.Klok.ZetOp(Op(2027, 3, 10));
        var vandaag = fabriek.Klok.Vandaag;
        vandaag.ShouldBe(einddatum);

        var secretariaat = await new Route(fabriek).AlsAsync("secretariaat");
        var pagina = await secretariaat.PaginaAsync("/Dashboard");
        var voorstellen = await MetDbAsync(fabriek, db => db.Voorstellen.AsNoTracking().Include(v => v.Taken).ToListAsync());
        var definitie = await fabriek.Services.GetRequiredService<Besluitvorming.Web.Workflows.WorkflowRegister>()
            .NieuwsteAsync(Besluitvorming.Web.Voorstellen.VoorstelDienst.Workflow);
        var open = voorstellen.Where(v => v.Registratienummer != null && !v.IsBeeindigd(definitie)).ToList();
        voorstellen.ShouldContain(v => v.Registratienummer == null, "de demo heeft een concept; dat telt nergens mee");

        // Open and late per gate: the SQL agrees with the domain's definition of late, gate by gate.
        var poorten = pagina.QuerySelectorAll("table.dashboard-poorten tbody tr").ToList();
        poorten.Count.ShouldBe(definitie.Statussen.Count(s => s.Naam != definitie.Beginstatus && !s.Eind));
        foreach (var rij in poorten)
        {
            var status = rij.GetAttribute("data-status")!;
            var cellen = rij.QuerySelectorAll("td").ToList();
            Getal(cellen[0]).ShouldBe(open.Count(v => v.Status == status), status);
            Getal(cellen[1]).ShouldBe(open.Count(v => v.Status == status && v.IsTeLaat(vandaag)), status);
        }
        open.Single(v => v.Id == laat).IsTeLaat(vandaag).ShouldBeTrue("de paraaf had drie werkdagen");

        // The late list: the proposal, its gate, task, holder and how many days late, by the task's own deadline.
        var paraaf = open.Single(v => v.Id == laat).OpenTaken.Single();
        var regel = pagina.QuerySelectorAll("table.dashboard-laat tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/Voorstellen/{laat}")
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        regel[1].ShouldBe("Paraaf afdelingshoofd");
        regel[2].ShouldBe(definitie.TaakTitel(paraaf.Status, paraaf.Soort));
        regel[3].ShouldBe(paraaf.HouderNaam);
        regel[5].ShouldBe((vandaag.DayNumber - paraaf.Deadline!.Value.DayNumber).ToString());
        pagina.QuerySelectorAll("table.dashboard-laat tbody tr").Length
            .ShouldBe(open.Sum(v => v.OpenTaken.Count(t => t.IsTeLaat(vandaag))));

        // The next DT and B&W: the dates from the meeting calendar, with the proposal planned on them.
        pagina.QuerySelector("#volgende-dt")!.TextContent.ShouldContain(dt.ToString("d-M-yyyy"));
        pagina.QuerySelector("#volgende-bw")!.TextContent.ShouldContain(bw.ToString("d-M-yyyy"));
        pagina.QuerySelectorAll("#volgende-dt-lijst tbody tr a").Select(a => a.TextContent).ShouldBe(["Dashboard: paraaf blijft liggen"]);
        pagina.QuerySelectorAll("#volgende-bw-lijst tbody tr a").Select(a => a.TextContent).ShouldBe(["Dashboard: paraaf blijft liggen"]);

        // Throughput per month and lead time from the timeline: February 2 days, March 16 days.
        pagina.QuerySelectorAll("table.dashboard-doorloop thead th").Skip(1).Take(6).Select(t => t.TextContent)
            .ShouldBe(["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]);
        var doorloop = pagina.QuerySelector("table.dashboard-doorloop tr[data-status=ParaafAfdelingshoofd]")!
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        doorloop.ShouldBe(["0", "0", "0", "0", "1", "1", "2", "2,0", "16,0"]);
        // Without an aspect that needs advice the proposals passed the advice gate at once: departures after 0 days.
        pagina.QuerySelector("table.dashboard-doorloop tr[data-status=InAdvies]")!
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()
            .ShouldBe(["0", "0", "0", "0", "1", "1", "2", "0,0", "0,0"]);
        pagina.QuerySelector("table.dashboard-doorloop tr[data-status=Directieteam]")!
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()
            .ShouldBe(["0", "0", "0", "0", "0", "0", "0", "–", "–"]);
        var februari = pagina.QuerySelectorAll("table.dashboard-doorloop tr[data-status=ParaafAfdelingshoofd] td a")[4];
        var vertrek = await secretariaat.PaginaAsync(WebUtility.HtmlDecode(februari.GetAttribute("href")!));
        var vertrekRegel = vertrek.QuerySelectorAll("#lijst tbody tr").ShouldHaveSingleItem().QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        vertrekRegel[1].ShouldBe("Dashboard: snel geparafeerd");
        vertrekRegel[4].ShouldBe("Advies bedrijfsvoering");
        vertrekRegel[5].ShouldBe("2,0");

        // Per project and afdeling, against the domain.
        var afdelingen = await MetDbAsync(fabriek, db => db.Afdelingen.ToDictionaryAsync(a => a.Naam, a => a.Id));
        foreach (var rij in pagina.QuerySelectorAll("table.dashboard-afdelingen tbody tr"))
        {
            var id = afdelingen[rij.QuerySelector("th")!.TextContent.Trim()];
            var cellen = rij.QuerySelectorAll("td").ToList();
            Getal(cellen[0]).ShouldBe(open.Count(v => v.AfdelingId == id));
            Getal(cellen[1]).ShouldBe(open.Count(v => v.AfdelingId == id && v.IsTeLaat(vandaag)));
        }
        pagina.QuerySelectorAll("table.dashboard-afdelingen tbody tr").ShouldNotBeEmpty();
        var zonder = pagina.QuerySelectorAll("table.dashboard-projecten tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Zonder project");
        Getal(zonder.QuerySelectorAll("td")[0]).ShouldBe(open.Count(v => v.ProjectId == null));

        // Every number is a link to a list of exactly that many rows; the draft is in none of them.
        var getallen = pagina.QuerySelectorAll("table.dashboard-poorten td a, table.dashboard-poorten tfoot a, table.dashboard-projecten td a, table.dashboard-afdelingen td a, table.dashboard-doorloop td a")
            .Where(a => int.TryParse(a.TextContent.Trim(), out _)).ToList();
        getallen.Count.ShouldBeGreaterThan(20);
        foreach (var link in getallen)
            (await RegelsAchterAsync(secretariaat, link)).ShouldBe(Getal(link), link.GetAttribute("href"));
        var alle = await secretariaat.PaginaAsync(WebUtility.HtmlDecode(pagina.QuerySelector("table.dashboard-poorten tfoot a")!.GetAttribute("href")!));
        var concept = voorstellen.First(v => v.Registratienummer == null).Onderwerp;
        alle.QuerySelector("#lijst")!.TextContent.ShouldNotContain(concept);
    }

    [Fact]
    public async Task Alleen_het_bestuurssecretariaat_en_de_gemeentesecretaris_zien_het_dashboard_en_het_menu_wijst_erheen()
    {
        using var fabriek = NieuweFabriek();
        var route = new Route(fabriek);
        foreach (var wie in new[] { "secretariaat", "secretaris" })
        {
            var klant = await route.AlsAsync(wie);
            (await klant.Http.GetAsync("/Dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK, wie);
            (await klant.PaginaAsync("/Taken")).QuerySelector("nav a[href='/Dashboard']").ShouldNotBeNull(wie);
        }
        foreach (var wie in new[] { "steller", "directeur", "wethouder", "griffie", "beheerder" })
        {
            var klant = await route.AlsAsync(wie);
            var antwoord = await klant.Http.GetAsync("/Dashboard");
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, wie);
            antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Geweigerd", wie);
            (await klant.PaginaAsync("/Taken")).QuerySelector("nav a[href='/Dashboard']").ShouldBeNull(wie);
        }
        var anoniem = await fabriek.Klant().Http.GetAsync("/Dashboard");
        anoniem.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");

        // Filters that make no sense give an empty list, never an error page.
        var secretariaat = await route.AlsAsync("secretariaat");
        var onzin = await secretariaat.PaginaAsync("/Dashboard?ProjectId=abc&AfdelingId=-1&TeLaat=misschien&Status=%3Cscript%3E");
        onzin.QuerySelectorAll("#lijst tbody tr").ShouldBeEmpty();
        var vertrek = await secretariaat.PaginaAsync("/Dashboard?Verlaten=Onbekend&Maand=gisteren");
        vertrek.QuerySelectorAll("#lijst tbody tr").ShouldBeEmpty();
        vertrek.QuerySelector("#lijst-kop")!.TextContent.ShouldContain("Onbekend");
    }

    [Fact]
    public async Task Het_dashboard_stuurt_evenveel_queries_bij_meer_voorstellen_en_laadt_chartjs_alleen_daar()
    {
        using var fabriek = NieuweFabriek();
        var route = new Route(fabriek);
        var secretariaat = await route.AlsAsync("secretariaat");
        async Task<int> TelAsync()
        {
            var telling = fabriek.Sql.Tel("/Dashboard", "GET");
            await secretariaat.PaginaAsync("/Dashboard");
            return telling.Aantal;
        }
        await TelAsync();
        var voor = await TelAsync();
        for (var i = 0; i < 5; i++)
        {
            var id = await route.IndienenAsync("steller", Route.VolledigVoorstel($"Meer werk {i}"));
            if (i % 2 == 0) await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        }
        (await TelAsync()).ShouldBe(voor);
        voor.ShouldBeLessThanOrEqualTo(10);

        var dashboard = await secretariaat.PaginaAsync("/Dashboard");
        dashboard.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!.Split('?')[0])
            .ShouldContain("/lib/chart.js/chart.umd.min.js");
        dashboard.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/json").ShouldBeEmpty();
        dashboard.QuerySelectorAll("canvas").ShouldAllBe(c => c.ParentElement!.GetAttribute("aria-hidden") == "true");
        (await secretariaat.PaginaAsync("/Overzicht")).QuerySelectorAll("script[src]")
            .ShouldNotContain(s => s.GetAttribute("src")!.Contains("chart"));
        (await secretariaat.Http.GetAsync("/lib/chart.js/chart.umd.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

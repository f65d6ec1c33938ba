using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Overzicht;

/// <summary>
/// The overview keeps its filter lists and the newest workflow version between requests (issue 12, P2); a change to a
/// project, an afdeling or a workflow version shows on the next request once it has committed, never a stale list.
/// Each test has an app of its own: they add projects and versions the other tests must not see.
/// </summary>
public sealed class OverzichtcacheTests
{
    internal static List<string> Opties(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelectorAll($"select[name={veld}] option").Select(o => o.TextContent.Trim()).ToList();

    internal static async Task VoegProjectToeAsync(BesluitvormingFabriek app, string naam)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        db.Projecten.Add(new Project { Naam = naam });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Een_nieuw_project_en_een_nieuwe_afdeling_staan_na_het_opslaan_meteen_in_de_filters()
    {
        using var app = new BesluitvormingFabriek();
        var secretariaat = await new Route(app).AlsAsync("secretariaat");
        Opties(await secretariaat.PaginaAsync("/Overzicht"), "ProjectId").ShouldNotContain("Glasvezel buitengebied");

        await VoegProjectToeAsync(app, "Glasvezel buitengebied");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            db.Afdelingen.Add(new Afdeling { Naam = "Omgevingsdienst" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var pagina = await secretariaat.PaginaAsync("/Overzicht");
        Opties(pagina, "ProjectId").ShouldContain("Glasvezel buitengebied");
        Opties(pagina, "AfdelingId").ShouldContain("Omgevingsdienst");
    }

    [Fact]
    public async Task Een_project_dat_de_bewaarde_lijst_nog_niet_kent_staat_toch_met_zijn_naam_in_de_regels()
    {
        using var app = new BesluitvormingFabriek();
        var secretariaat = await new Route(app).AlsAsync("secretariaat");
        await secretariaat.PaginaAsync("/Overzicht");

        // Typed straight into the database: no save of the app's, so the kept lists are not dropped.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var ct = TestContext.Current.CancellationToken;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Projecten\" (\"Naam\") VALUES ('Zonnepark Heesch')", ct);
            await db.Database.ExecuteSqlAsync($"UPDATE \"Voorstellen\" SET \"ProjectId\" = (SELECT MAX(\"Id\") FROM \"Projecten\")", ct);
        }

        var pagina = await secretariaat.PaginaAsync("/Overzicht");
        Opties(pagina, "ProjectId").ShouldNotContain("Zonnepark Heesch"); // the kept list, as before
        var projecten = pagina.QuerySelectorAll("table:not(.totalen) tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()).ToList();
        projecten.ShouldNotBeEmpty();
        projecten.ShouldAllBe(p => p == "Zonnepark Heesch");
    }

    [Fact]
    public async Task Een_project_in_een_transactie_verschijnt_pas_na_de_commit_en_dan_meteen()
    {
        using var app = new BesluitvormingFabriek();
        var secretariaat = await new Route(app).AlsAsync("secretariaat");
        await secretariaat.PaginaAsync("/Overzicht");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var ct = TestContext.Current.CancellationToken;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Projecten.Add(new Project { Naam = "Klimaatadaptatie dorpskernen" });
            await db.SaveChangesAsync(ct);
            // Read while the save is not committed: the page sees the old lists, and must not keep them afterwards.
            Opties(await secretariaat.PaginaAsync("/Overzicht"), "ProjectId").ShouldNotContain("Klimaatadaptatie dorpskernen");
            await tx.CommitAsync(ct);
        }

        Opties(await secretariaat.PaginaAsync("/Overzicht"), "ProjectId").ShouldContain("Klimaatadaptatie dorpskernen");
    }

    [Fact]
    public async Task Een_nieuwe_workflowversie_uit_beheer_geeft_meteen_de_statussen_van_die_versie()
    {
        using var app = new BesluitvormingFabriek();
        var secretariaat = await new Route(app).AlsAsync("secretariaat");
        Opties(await secretariaat.PaginaAsync("/Overzicht"), "Status").ShouldContain("Paraaf afdelingshoofd");

        var huidig = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json"),
            TestContext.Current.CancellationToken);
        var nieuw = huidig.Replace("\"versie\": 2,", "\"versie\": 3,")
            .Replace("\"titel\": \"Paraaf afdelingshoofd\"", "\"titel\": \"Paraaf van het afdelingshoofd\"");
        nieuw.ShouldNotBe(huidig);
        using (var scope = app.Services.CreateScope())
        {
            var (record, controle) = await scope.ServiceProvider.GetRequiredService<WorkflowBeheer>().OpslaanAsync(nieuw, "beheerder",
                TestContext.Current.CancellationToken);
            record.ShouldNotBeNull(string.Join("; ", controle.Problemen));
        }

        var statussen = Opties(await secretariaat.PaginaAsync("/Overzicht"), "Status");
        statussen.ShouldContain("Paraaf van het afdelingshoofd");
        statussen.ShouldNotContain("Paraaf afdelingshoofd");
    }

    /// <summary>The totals table as shown: project, count, late.</summary>
    internal static List<string> Totalen(IHtmlDocument pagina) =>
        pagina.QuerySelectorAll("table.totalen tbody tr")
            .Select(r => $"{r.QuerySelector("th")!.TextContent.Trim()}: {string.Join(" / ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))}")
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The same, counted afresh in the database: every proposal with a number, per project, and the late ones.</summary>
    internal static async Task<List<string>> WaarheidAsync(BesluitvormingFabriek app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var vandaag = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var namen = await db.Projecten.ToDictionaryAsync(p => p.Id, p => p.Naam);
        var laat = db.Taken.Where(Taak.TeLaatOp(vandaag)).Select(t => t.VoorstelId);
        var rijen = await db.Voorstellen.Where(v => v.Registratienummer != null).GroupBy(v => v.ProjectId)
            .Select(g => new { g.Key, Aantal = g.Count(), Laat = g.Count(v => laat.Contains(v.Id)) }).ToListAsync();
        return rijen.Select(r => $"{(r.Key is { } id ? namen[id] : "Zonder project")}: {r.Aantal} / {r.Laat}").Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task De_totalen_per_project_kloppen_na_indienen_een_ander_project_en_importeren()
    {
        using var app = new BesluitvormingFabriek();
        var route = new Route(app);
        var secretariaat = await route.AlsAsync("secretariaat");
        async Task KloptAsync(string na) => Totalen(await secretariaat.PaginaAsync("/Overzicht")).ShouldBe(await WaarheidAsync(app), na);
        int thuis, ander;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            thuis = await db.Projecten.Where(p => p.Naam == "Thuis in de Buurt").Select(p => p.Id).SingleAsync();
            ander = await db.Projecten.Where(p => p.Id != thuis).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        await KloptAsync("begin");

        var velden = Route.VolledigVoorstel("Totaaltoets buurtbudget");
        velden["Invoer.ProjectId"] = thuis.ToString();
        var id = await route.IndienenAsync("steller", velden);
        await KloptAsync("na indienen");

        await route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Hoort bij een ander project." });
        velden["Invoer.ProjectId"] = ander.ToString();
        var antwoord = await (await route.AlsAsync("steller")).VerstuurAsync($"/Voorstellen/Bewerken/{id}", velden, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await route.LaadAsync(id)).ProjectId.ShouldBe(ander);
        await KloptAsync("na een ander project");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var steller = await db.Users.Where(u => u.UserName == "steller").Select(u => new { u.Id, u.AfdelingId }).SingleAsync();
            var door = await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == "secretariaat").Select(u => u.Id).SingleAsync());
            await scope.ServiceProvider.GetRequiredService<VoorstelDienst>().ImporteerAsync(Guid.NewGuid(), "19-04711", "Decos JOIN",
                steller.Id, new VoorstelInhoud { Onderwerp = "Totaaltoets uit het archief", AfdelingId = steller.AfdelingId!.Value, ProjectId = thuis },
                door);
        }
        await KloptAsync("na importeren (een concept met zijn eigen nummer)");
    }
}

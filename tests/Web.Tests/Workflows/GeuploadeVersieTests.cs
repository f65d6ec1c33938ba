using AngleSharp.Dom;
using System.Net;
using System.Text.Json.Nodes;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Workflows;

/// <summary>
/// A version uploaded on the Beheer page is where new cases start; running cases keep theirs to the end; and a restart,
/// which registers the files in seeds/workflows again, keeps the uploaded version. Each test has an app (and database)
/// of its own, restarted on the same database.
/// </summary>
public class GeuploadeVersieTests : IDisposable
{
    private readonly List<BesluitvormingFabriek> _apps = [];
    /// <summary>Outlives the apps (an app removes its own folder when disposed), so a restart finds the SQLite file.</summary>
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-upload-" + Guid.NewGuid().ToString("N"));

    /// <summary>A fresh app on a database of its own.</summary>
    protected virtual BesluitvormingFabriek NieuweApp() => new();

    private BesluitvormingFabriek Start()
    {
        var app = NieuweApp();
        Directory.CreateDirectory(_map);
        app.ExtraInstellingen.TryAdd("Database:ConnectionString", $"Data Source={Path.Combine(_map, "gedeeld.db")}");
        _apps.Add(app);
        return app;
    }

    /// <summary>A second app on the same database and clock, as after a restart.</summary>
    private BesluitvormingFabriek Herstart(BesluitvormingFabriek vorige)
    {
        var app = new BesluitvormingFabriek { Klok = vorige.Klok };
        foreach (var (k, v) in vorige.ExtraInstellingen) app.ExtraInstellingen[k] = v;
        vorige.Dispose();
        _apps.Add(app);
        return app;
    }

    private static async Task<string> JsonAsync(BesluitvormingFabriek app, string naam, int versie)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().WorkflowDefinities
            .Where(w => w.Naam == naam && w.Versie == versie).Select(w => w.Json).SingleAsync();
    }

    /// <summary>Checks and stores <paramref name="json"/> through the page, as the beheerder does.</summary>
    private static async Task UploadAsync(BesluitvormingFabriek app, string json, int versie)
    {
        var beheerder = await new Route(app).AlsAsync("beheerder");
        var controle = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw", new() { ["Json"] = json });
        var voorbeeld = await TestKlant.LeesAsync(controle);
        voorbeeld.QuerySelector("[data-controle='in-orde']").ShouldNotBeNull(voorbeeld.QuerySelector(".workflowfouten")?.TextContent);
        var opslaan = await beheerder.VerstuurAsync("/Beheer/Workflows/Nieuw",
            voorbeeld.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!, [], knop: $"Opslaan als versie {versie}");
        opslaan.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opslaan));
    }

    /// <summary>Version 2 of the accommodatie traject: a step Kennismaking before the stakeholderbijeenkomst.</summary>
    private static string MetKennismaking(string v1)
    {
        var json = JsonNode.Parse(v1)!.AsObject();
        json["versie"] = 2;
        var eerste = json["statussen"]!.AsArray()[0]!;
        var kennismaking = eerste.DeepClone().AsObject();
        kennismaking["naam"] = "Kennismaking";
        kennismaking["titel"] = "Kennismaking met het bestuur";
        foreach (var o in kennismaking["overgangen"]!.AsArray()) o!["naar"] = (string?)eerste["naam"];
        json["statussen"]!.AsArray().Insert(0, kennismaking);
        json["beginstatus"] = "Kennismaking";
        return json.ToJsonString();
    }

    private static async Task<Traject> LaadAsync(BesluitvormingFabriek app, int id)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(id))!;
    }

    /// <summary>
    /// Completes every step of the traject with the evidence its own version asks for (a decision moment: the proposal
    /// is linked and agreed), until it ends; returns the steps it went through.
    /// </summary>
    private static async Task<List<string>> DoorloopAsync(BesluitvormingFabriek app, int id)
    {
        var doorlopen = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            using var scope = app.Services.CreateScope();
            var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
            var traject = (await dienst.LaadAsync(id))!;
            var definitie = await dienst.DefinitieAsync(traject);
            if (traject.IsAfgerond(definitie)) return doorlopen;
            var stap = definitie.Status(traject.Status);
            doorlopen.Add(stap.Naam);
            if (stap.Besluitmoment is not null)
            {
                await dienst.VoerAsync(id, (t, d, a, nu) => t.StartBesluitmoment(d, a, 4242, nu), WorkflowBeheerTests.Leider);
                await dienst.VoerAsync(id, (t, d, _, nu) => t.VerwerkBesluit(d, 4242, Besluituitkomst.Ingestemd, nu), WorkflowBeheerTests.Leider);
            }
            else
            {
                await dienst.VoerAsync(id, (t, d, a, nu) => t.Voltooien(d, a,
                    d.Status(t.Status).VereistBewijs.Select(s => new Bewijs(Guid.NewGuid(), s, $"{s}.pdf")), null, nu), WorkflowBeheerTests.Leider);
            }
        }
        throw new InvalidOperationException("Het traject kwam na 30 stappen niet aan het eind.");
    }

    [Fact]
    public async Task Een_lopend_traject_doorloopt_zijn_eigen_versie_en_een_nieuw_traject_start_op_de_geuploade()
    {
        var app = Start();
        var oud = await WorkflowBeheerTests.StartTrajectAsync(app, "Dorpshuis Oud");
        var v1 = await JsonAsync(app, "thuis-in-de-buurt-accommodatie", 1);

        await UploadAsync(app, MetKennismaking(v1), 2);

        var nieuw = await WorkflowBeheerTests.StartTrajectAsync(app, "Dorpshuis Nieuw");
        var n = await LaadAsync(app, nieuw);
        n.WorkflowVersie.ShouldBe(2);
        n.Status.ShouldBe("Kennismaking");
        (await LaadAsync(app, oud)).WorkflowVersie.ShouldBe(1);

        var doorlopen = await DoorloopAsync(app, oud);

        doorlopen.ShouldBe(
        [
            "Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan", "Trainingsbijeenkomsten", "IndividueleCoaching",
            "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie",
        ]);
        var klaar = await LaadAsync(app, oud);
        klaar.WorkflowVersie.ShouldBe(1);
        klaar.Status.ShouldBe("Afgerond");
        (await DoorloopAsync(app, nieuw)).First().ShouldBe("Kennismaking");
    }

    [Fact]
    public async Task Een_lopend_collegevoorstel_houdt_zijn_versie_en_een_nieuw_concept_start_op_de_geuploade()
    {
        var app = Start();
        var route = new Route(app);
        var oud = await route.IndienenAsync("steller", Route.VolledigVoorstel("Gestart voor de upload"));
        // The shipped collegevoorstel is version 2 (version 2 added the Woo publication); the upload is version 3.
        var v2 = JsonNode.Parse(await JsonAsync(app, "collegevoorstel", 2))!.AsObject();
        v2["versie"] = 3;
        v2["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == "ParaafAfdelingshoofd")!["titel"] = "Paraaf van het afdelingshoofd";

        await UploadAsync(app, v2.ToJsonString(), 3);

        var nieuw = await route.IndienenAsync("steller", Route.VolledigVoorstel("Gestart na de upload"));
        (await route.LaadAsync(oud)).WorkflowVersie.ShouldBe(2);
        (await route.LaadAsync(nieuw)).WorkflowVersie.ShouldBe(3);
        var afdelingshoofd = await route.AlsAsync("afdelingshoofd");
        (await afdelingshoofd.PaginaAsync($"/Voorstellen/{oud}")).QuerySelector(".stand")!.TextContent.ShouldNotContain("Paraaf van het afdelingshoofd");
        (await afdelingshoofd.PaginaAsync($"/Voorstellen/{nieuw}")).QuerySelector(".stand")!.TextContent.ShouldContain("Paraaf van het afdelingshoofd");
        await route.DoeAsync("afdelingshoofd", oud, Besluitvorming.Workflows.Voorstellen.Triggers.Paraferen);
        (await route.LaadAsync(oud)).Status.ShouldNotBe("ParaafAfdelingshoofd");
        (await route.LaadAsync(oud)).WorkflowVersie.ShouldBe(2);
    }

    [Fact]
    public async Task Na_een_herstart_blijft_de_geuploade_versie_naast_de_bestanden_staan()
    {
        var app = Start();
        var oud = await WorkflowBeheerTests.StartTrajectAsync(app, "Dorpshuis Voor De Herstart");
        await UploadAsync(app, MetKennismaking(await JsonAsync(app, "thuis-in-de-buurt-accommodatie", 1)), 2);

        var herstart = Herstart(app);
        var beheerder = await new Route(herstart).AlsAsync("beheerder");

        var overzicht = await beheerder.PaginaAsync("/Beheer/Workflows");
        overzicht.QuerySelector("section[data-workflow='thuis-in-de-buurt-accommodatie'] [data-nieuwe-zaken]")!.GetAttribute("data-nieuwe-zaken").ShouldBe("2");
        overzicht.QuerySelector("section[data-workflow='thuis-in-de-buurt-accommodatie'] tr[data-versie='2'] [data-door]")!.TextContent.ShouldBe("A. Beheer");
        (await herstart.Services.GetRequiredService<WorkflowRegister>().NieuwsteAsync("thuis-in-de-buurt-accommodatie")).Versie.ShouldBe(2);
        (await LaadAsync(herstart, await WorkflowBeheerTests.StartTrajectAsync(herstart, "Dorpshuis Na De Herstart"))).Status.ShouldBe("Kennismaking");
        (await DoorloopAsync(herstart, oud)).First().ShouldBe("Stakeholderbijeenkomst");
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
        GC.SuppressFinalize(this);
    }
}

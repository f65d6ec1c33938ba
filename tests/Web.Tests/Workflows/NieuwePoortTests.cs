using System.Net;
using System.Text.Json.Nodes;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Workflows;

/// <summary>
/// A gate added to the collegevoorstel in JSON alone (<see cref="JuridischeToets"/>: a legal check of a proposal the
/// afdelingshoofd returned, before it comes back to them; the demo proposals never take that route) and a rule set of its own: the
/// application opens its task, mails the holder, watches the deadline, asks what the definition asks, checks the rule
/// set and moves on, with no code that knows the gate.
/// </summary>
public sealed class NieuwePoortTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-nieuwe-poort-" + Guid.NewGuid().ToString("N"));
    private string Seeds => Path.Combine(_map, "seeds");

    public NieuwePoortTests()
    {
        var bron = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var bestand in Directory.EnumerateFiles(bron, "*", SearchOption.AllDirectories))
        {
            var doel = Path.Combine(Seeds, Path.GetRelativePath(bron, bestand));
            Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
            File.Copy(bestand, doel);
        }
        var definitie = Path.Combine(Seeds, "workflows", "collegevoorstel.json");
        File.WriteAllText(definitie, JuridischeToets.Voeg(JsonNode.Parse(File.ReadAllText(definitie))!.AsObject(), naTerugsturenBijDeParaaf: true).ToJsonString());
        File.WriteAllText(Path.Combine(Seeds, "rules", "poort-juridisch.json"), """
            {
              "WorkflowName": "poort-juridisch",
              "Rules": [
                {
                  "RuleName": "Aanbesteding nagaan",
                  "Expression": "feiten.BudgettaireConsequenties != true",
                  "ErrorMessage": "Ga na of de uitvoering aanbesteed moet worden.",
                  "Properties": { "ernst": "waarschuwing" }
                }
              ]
            }
            """);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    [Fact]
    public async Task Een_poort_die_alleen_in_de_json_staat_opent_zijn_taak_mailt_bewaakt_de_termijn_en_vraagt_zijn_invoer()
    {
        await using var app = new TermijnFabriek(Path.Combine(_map, "poort.db"), new VerstelbareKlok());
        app.ExtraInstellingen["Seeds:Map"] = Seeds;
        var route = new Route(app);
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel("Langs de juridische toets"));
        await TerugNaarDeToetsAsync(route, id);

        var voorstel = await route.LaadAsync(id);
        voorstel.Status.ShouldBe(JuridischeToets.Status);
        var taak = voorstel.Taken.Single(t => t.IsOpen);
        taak.Soort.ShouldBe("JuridischeToets");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var houder = await db.Users.Where(u => u.Id == taak.HouderId).Select(u => u.UserName).SingleAsync();
            houder.ShouldBe("secretariaat");
            var mail = await db.UitgaandeMails.AsNoTracking().SingleAsync(m => m.VoorstelId == id && m.Soort == MailSoorten.TaakGeopend);
            mail.Onderwerp.ShouldStartWith("Juridische toets uitvoeren: ");
        }
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await app.PasTermijnenToeAsync();
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taak.Id))).ShouldNotBeNull();

        var klant = await route.AlsAsync("secretariaat");
        (await klant.PaginaAsync("/Taken")).Body!.TextContent.ShouldContain("Juridische toets uitvoeren");
        var formulier = await klant.PaginaAsync($"/Voorstellen/{id}/Actie/{JuridischeToets.Trigger}");
        formulier.QuerySelector("label[for='Invoer_Opmerking']")!.TextContent.ShouldContain("Toelichting op de toets");
        formulier.QuerySelector("textarea[name='Invoer.Opmerking']")!.GetAttribute("aria-required").ShouldBe("true");
        formulier.Body!.TextContent.ShouldContain("Met uw akkoord gaat het voorstel verder op zijn route.");
        formulier.QuerySelector("input[name='Invoer.Datum']").ShouldBeNull();

        var leeg = await route.ActieAsync("secretariaat", id, JuridischeToets.Trigger);
        leeg.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Route.Fouten(leeg)).ShouldContain("Licht uw juridische toets toe.");

        await route.DoeAsync("secretariaat", id, JuridischeToets.Trigger, new() { ["Invoer.Opmerking"] = "Geen bezwaren." });

        voorstel = await route.LaadAsync(id);
        voorstel.Status.ShouldBe("ParaafAfdelingshoofd");
        voorstel.Taken.Single(t => t.Id == taak.Id).Uitkomst.ShouldBe("Juridisch akkoord");
        voorstel.Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Juridisch akkoord");
        await app.PasTermijnenToeAsync();
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taak.Id))).ShouldBeNull();
    }

    private static async Task TerugNaarDeToetsAsync(Route route, int id)
    {
        await route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Eerst juridisch laten toetsen." });
        await route.DoeAsync("steller", id, Triggers.Herindienen);
    }

    [Fact]
    public async Task De_regelset_van_de_nieuwe_poort_wordt_bij_het_akkoord_getoetst()
    {
        await using var app = new TermijnFabriek(Path.Combine(_map, "regels.db"), new VerstelbareKlok());
        app.ExtraInstellingen["Seeds:Map"] = Seeds;
        var route = new Route(app);
        var velden = Route.VolledigVoorstel("Juridische toets met kosten");
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "10.000";
        velden["Invoer.Dekking"] = "Binnen het budget";
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in bijlage) velden[k] = w;
        var id = await route.IndienenAsync("steller", velden, bestanden);
        await TerugNaarDeToetsAsync(route, id);

        await route.DoeAsync("secretariaat", id, JuridischeToets.Trigger, new() { ["Invoer.Opmerking"] = "Akkoord." });

        var tijdlijn = (await route.LaadAsync(id)).Gebeurtenissen.Select(g => g.Omschrijving).ToList();
        tijdlijn.ShouldContain(o => o.Contains("Ga na of de uitvoering aanbesteed moet worden.") && o.Contains("poort-juridisch"),
            string.Join("\n", tijdlijn));
    }
}

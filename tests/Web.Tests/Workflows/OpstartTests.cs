using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Workflows;

public sealed class OpstartTests
{
    [Fact]
    public void Ongeldige_workflowdefinitie_stopt_de_opstart_met_bestand_en_probleem()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "besluitvorming-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(seeds, "workflows"));
        Directory.CreateDirectory(Path.Combine(seeds, "rules")); // read first: a workflow's gates name rule sets
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json"))
            .Replace("\"naar\": \"Directieteam\"", "\"naar\": \"Directeiteam\"");
        File.WriteAllText(Path.Combine(seeds, "workflows", "kapot.json"), json);

        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Seeds:Map"] = seeds;
        var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => fabriek.CreateClient());
        fout.Message.ShouldContain("kapot.json");
        fout.Message.ShouldContain("onbekende status 'Directeiteam'");
        Directory.Delete(seeds, true);
    }

    [Fact]
    public async Task De_trajectdefinities_worden_bij_de_opstart_naast_het_collegevoorstel_geregistreerd()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.CreateClient().Dispose();
        var register = fabriek.Services.GetRequiredService<WorkflowRegister>();

        (await register.NieuwsteAsync("collegevoorstel")).Familie.ShouldBe(Families.Collegevoorstel);
        (await register.NieuwsteAsync("thuis-in-de-buurt-accommodatie")).Familie.ShouldBe(Families.Traject);
        (await register.NieuwsteAsync("voorzieningenprogramma")).Familie.ShouldBe(Families.Traject);
    }
    [Fact]
    public async Task De_bij_de_opstart_gelezen_definities_worden_niet_opnieuw_uit_de_database_gelezen()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Database:DemoData"] = "false"; // no demo proposal that reads a definition itself
        fabriek.CreateClient().Dispose();
        var ct = TestContext.Current.CancellationToken;
        List<(string Naam, int Versie)> versies;
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            versies = (await db.WorkflowDefinities.Select(w => new { w.Naam, w.Versie }).ToListAsync(ct)).Select(w => (w.Naam, w.Versie)).ToList();
            // Read again, this text would not parse: what the register gives was parsed once, at start-up.
            await db.WorkflowDefinities.ExecuteUpdateAsync(s => s.SetProperty(w => w.Json, "onleesbaar"), ct);
        }
        var register = fabriek.Services.GetRequiredService<WorkflowRegister>();

        versies.ShouldNotBeEmpty();
        foreach (var (naam, versie) in versies)
            (await register.VersieAsync(naam, versie, ct)).Naam.ShouldBe(naam);
    }
}

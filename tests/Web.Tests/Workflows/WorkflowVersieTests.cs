using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Workflows;

/// <summary>
/// A changed route is a new version: after a restart new proposals start on it, running ones keep theirs. The same
/// version with other content stops start-up. One database file is shared by two app instances in turn.
/// </summary>
public sealed class WorkflowVersieTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-versies-" + Guid.NewGuid().ToString("N"));
    private string Seeds => Path.Combine(_map, "seeds");
    private string Definitie => Path.Combine(Seeds, "workflows", "collegevoorstel.json");

    public WorkflowVersieTests()
    {
        var bron = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var bestand in Directory.EnumerateFiles(bron, "*", SearchOption.AllDirectories))
        {
            var doel = Path.Combine(Seeds, Path.GetRelativePath(bron, bestand));
            Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
            File.Copy(bestand, doel);
        }
    }

    private BesluitvormingFabriek App()
    {
        var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Seeds:Map"] = Seeds;
        fabriek.ExtraInstellingen["Database:ConnectionString"] = $"Data Source={Path.Combine(_map, "gedeeld.db")}";
        return fabriek;
    }

    [Fact]
    public async Task Een_nieuwe_versie_geldt_voor_nieuwe_voorstellen_en_lopende_houden_de_hunne()
    {
        int oud;
        using (var eerste = App())
            oud = await new Route(eerste).IndienenAsync("steller", Route.VolledigVoorstel("Gestart op versie 1"));

        var v1 = await File.ReadAllTextAsync(Definitie);
        // The shipped file is version 2 (the Woo publication); the changed route is version 3.
        var v2 = v1.Replace("\"versie\": 2,", "\"versie\": 3,")
            .Replace("\"titel\": \"Paraaf afdelingshoofd\"", "\"titel\": \"Paraaf van het afdelingshoofd\"");
        v2.ShouldNotBe(v1);
        await File.WriteAllTextAsync(Path.Combine(Seeds, "workflows", "collegevoorstel-v3.json"), v2);

        using var tweede = App();
        var route = new Route(tweede);
        var nieuw = await route.IndienenAsync("steller", Route.VolledigVoorstel("Gestart op versie 2"));

        (await route.LaadAsync(oud)).WorkflowVersie.ShouldBe(2);
        (await route.LaadAsync(nieuw)).WorkflowVersie.ShouldBe(3);
        var afdelingshoofd = await route.AlsAsync("afdelingshoofd");
        (await afdelingshoofd.PaginaAsync($"/Voorstellen/{oud}")).QuerySelector(".stand")!.TextContent
            .ShouldContain("Paraaf afdelingshoofd");
        (await afdelingshoofd.PaginaAsync($"/Voorstellen/{nieuw}")).QuerySelector(".stand")!.TextContent
            .ShouldContain("Paraaf van het afdelingshoofd");

        // The running proposal still moves on its own version.
        await route.DoeAsync("afdelingshoofd", oud, Triggers.Paraferen);
        (await route.LaadAsync(oud)).Status.ShouldNotBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public async Task Een_eerdere_versie_uit_de_seeds_wordt_in_een_nieuwe_database_niet_geregistreerd()
    {
        // seeds/workflows/eerdere only annotates what an older database stored (Data/UpgradeTests); a new one never gets it.
        File.Exists(Path.Combine(Seeds, "workflows", "eerdere", "collegevoorstel-v1.json")).ShouldBeTrue();
        using var app = App();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>();
        db.WorkflowDefinities.Where(w => w.Naam == "collegevoorstel").Select(w => w.Versie).ToList().ShouldBe([2]);
    }

    [Fact]
    public void Dezelfde_versie_met_andere_inhoud_stopt_de_opstart()
    {
        using (var eerste = App()) eerste.CreateClient().Dispose();

        File.WriteAllText(Definitie, File.ReadAllText(Definitie)
            .Replace("\"titel\": \"Paraaf afdelingshoofd\"", "\"titel\": \"Paraaf van het afdelingshoofd\""));

        using var tweede = App();
        var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => tweede.CreateClient());
        fout.Message.ShouldContain("collegevoorstel.json");
        fout.Message.ShouldContain("verhoog 'versie'");
    }

    /// <summary>Edits the copied shipped definition as JSON before an app starts on it.</summary>
    private void WijzigDefinitie(Action<JsonObject> wijziging)
    {
        var json = JsonNode.Parse(File.ReadAllText(Definitie))!.AsObject();
        wijziging(json);
        File.WriteAllText(Definitie, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static IEnumerable<JsonObject> Overgangen(JsonObject json) =>
        json["statussen"]!.AsArray().SelectMany(s => s!["overgangen"]?.AsArray() ?? []).Select(o => o!.AsObject());

    private static JsonObject Overgang(JsonObject json, string status, string trigger) =>
        json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == status)!["overgangen"]!.AsArray()
            .Single(o => (string?)o!["trigger"] == trigger)!.AsObject();

    [Fact]
    public async Task Een_poort_die_alleen_in_de_json_staat_wordt_door_zijn_regelset_gecontroleerd()
    {
        // Withdrawing passes no gate in the shipped route; here the definition alone gives it the DT's rule set.
        WijzigDefinitie(j => Overgang(j, "ParaafAfdelingshoofd", Triggers.Intrekken)["poort"] = "directieteam");
        using var app = App();
        var route = new Route(app);
        var id = await route.IndienenAsync("steller", Regels.RegelsOpDeRouteTests.MetBudget("Poort uit de definitie"));

        var steller = await route.AlsAsync("steller");
        (await steller.PaginaAsync($"/Voorstellen/{id}/Actie/{Triggers.Intrekken}"))
            .QuerySelector(".regeltoets [data-regel='Begrotingswijziging voor het directieteam']")!.ClassList
            .ShouldContain("regelbevinding--blokkerend");
        var antwoord = await route.ActieAsync("steller", id, Triggers.Intrekken, new() { ["Invoer.Reden"] = "Toch niet nodig." });

        (await Route.Fouten(antwoord)).ShouldContain("'Intrekken' kan nog niet (regelset poort-directieteam versie 1)");
        (await route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public void Een_poort_zonder_regelset_stopt_de_opstart()
    {
        WijzigDefinitie(j => Overgang(j, "ParaafAfdelingshoofd", Triggers.Paraferen)["poort"] = "juridisch");

        using var app = App();
        var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => app.CreateClient());
        fout.Message.ShouldContain("collegevoorstel.json");
        fout.Message.ShouldContain("status 'ParaafAfdelingshoofd', trigger 'Paraferen': onbekende poort 'juridisch' (er is geen regelset 'poort-juridisch')");
    }

    [Fact]
    public async Task Een_versie_van_voor_de_poorten_krijgt_ze_bij_de_opstart_en_ligt_daarna_weer_vast()
    {
        var metPoorten = await File.ReadAllTextAsync(Definitie);
        WijzigDefinitie(j =>
        {
            foreach (var o in Overgangen(j)) { o.Remove("poort"); o.Remove("mail"); }
        });
        using (var oud = App())
        {
            var register = oud.Services.GetRequiredService<Besluitvorming.Web.Workflows.WorkflowRegister>();
            (await register.VersieAsync("collegevoorstel", 2)).PoortInStatus("Directieteam").ShouldBeNull();
        }

        await File.WriteAllTextAsync(Definitie, metPoorten);
        using (var nieuw = App())
        {
            var register = nieuw.Services.GetRequiredService<Besluitvorming.Web.Workflows.WorkflowRegister>();
            var v1 = await register.VersieAsync("collegevoorstel", 2);
            v1.PoortVoor("Directieteam", Triggers.DirectiebesluitVastleggen).ShouldBe("directieteam");
            v1.ZoekOvergang("CollegeVanBW", Triggers.Afwijzen)!.Mail.ShouldBe(["besluit"]);
        }

        // Stored with its gates, the version is fixed again: another gate needs a new version.
        WijzigDefinitie(j => Overgang(j, "ParaafAfdelingshoofd", Triggers.Paraferen)["poort"] = "college");
        using var gewijzigd = App();
        Should.Throw<WorkflowDefinitieOngeldigException>(() => gewijzigd.CreateClient()).Message.ShouldContain("verhoog 'versie'");
    }

    [Fact]
    public async Task Een_versie_met_poorten_maar_zonder_taak_en_formulieraantekeningen_krijgt_die_eenmalig_bij_de_opstart()
    {
        var metAantekeningen = await File.ReadAllTextAsync(Definitie);
        // The version as databases stored it when only gates and the decision mail were data. The app cannot start on
        // it (the code no longer knows who holds a paraaf), so it is written into the store as an older start left it.
        WijzigDefinitie(j =>
        {
            foreach (var o in Overgangen(j))
            {
                o.Remove("invoer");
                o.Remove("uitleg");
                if (o["mail"]?.AsArray().Select(m => (string?)m).SequenceEqual(["besluit"]) != true) o.Remove("mail");
            }
            foreach (var t in j["statussen"]!.AsArray().SelectMany(s => s!["taken"]?.AsArray() ?? []).Select(t => t!.AsObject()))
                foreach (var sleutel in new[] { "houder", "gepland", "mail", "termijnbewaking" }) t.Remove(sleutel);
        });
        var zonder = await File.ReadAllTextAsync(Definitie);
        await File.WriteAllTextAsync(Definitie, metAantekeningen);
        using (var oud = App())
        {
            using var scope = oud.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>();
            var record = db.WorkflowDefinities.Single(w => w.Naam == "collegevoorstel" && w.Versie == 2);
            record.Json = zonder;
            record.Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(zonder)));
            await db.SaveChangesAsync();
        }

        using (var nieuw = App())
        {
            var v1 = await nieuw.Services.GetRequiredService<Besluitvorming.Web.Workflows.WorkflowRegister>().VersieAsync("collegevoorstel", 2);
            v1.ZoekOvergang("ParaafAfdelingshoofd", Triggers.Terugsturen)!.Invoer.Single().Veld.ShouldBe(nameof(ActieInvoer.Reden));
            v1.ZoekOvergang("Concept", Triggers.Indienen)!.Mail.ShouldBe(["ingediend"]);
            v1.Status("InAdvies").Taken.Single().Houder.ShouldBe(Taakhouders.AdviseurPerAspect);
            v1.Status("InAdvies").Taken.Single().Termijnbewaking.ShouldBeTrue();
        }

        // Stored with them, the version is fixed again: another label needs a new version.
        WijzigDefinitie(j => Overgang(j, "ParaafAfdelingshoofd", Triggers.Terugsturen)["invoer"]![0]!["label"] = "Waarom terug?");
        using var gewijzigd = App();
        Should.Throw<WorkflowDefinitieOngeldigException>(() => gewijzigd.CreateClient()).Message.ShouldContain("verhoog 'versie'");
    }

    [Theory]
    [InlineData("""{"a":[{"trigger":"X","mail":["besluit"]}]}""", """{"a":[{"trigger":"X","mail":["besluit"],"invoer":[{"veld":"Reden"}],"uitleg":"u"}]}""", true)]
    [InlineData("""{"$comment":"oud","a":[{"soort":"P"}]}""", """{"$comment":"nieuw","a":[{"soort":"P","houder":"steller","gepland":"GeplandBw","mail":"paraaf","termijnbewaking":true,"titel":"t"}]}""", true)]
    [InlineData("""{"a":[{"trigger":"X","mail":["besluit"]}]}""", """{"a":[{"trigger":"X","mail":["besluit","ingediend"]}]}""", false)]
    [InlineData("""{"a":[{"trigger":"X"}]}""", """{"a":[{"trigger":"Y","mail":["besluit"]}]}""", false)]
    [InlineData("""{"a":[{"trigger":"X"}]}""", """{"a":[{"trigger":"X"},{"trigger":"Y"}]}""", false)]
    [InlineData("""{"a":[{"trigger":"X"}]}""", """{"a":[{"trigger":"X","guards":["OrVereist"]}]}""", false)]
    [InlineData("""{"a":[{"trigger":"X","poort":"paraaf"}]}""", """{"a":[{"trigger":"X"}]}""", false)]
    public void Een_opgeslagen_versie_mag_alleen_aantekeningen_bijkrijgen_die_ze_nog_niet_had(string opgeslagen, string bestand, bool toegestaan) =>
        Besluitvorming.Web.Workflows.WorkflowRegister.AlleenPoortenToegevoegd(opgeslagen, bestand).ShouldBe(toegestaan);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

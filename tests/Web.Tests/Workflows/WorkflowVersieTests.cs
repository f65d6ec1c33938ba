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
        var v2 = v1.Replace("\"versie\": 1,", "\"versie\": 2,")
            .Replace("\"titel\": \"Paraaf afdelingshoofd\"", "\"titel\": \"Paraaf van het afdelingshoofd\"");
        v2.ShouldNotBe(v1);
        await File.WriteAllTextAsync(Path.Combine(Seeds, "workflows", "collegevoorstel-v2.json"), v2);

        using var tweede = App();
        var route = new Route(tweede);
        var nieuw = await route.IndienenAsync("steller", Route.VolledigVoorstel("Gestart op versie 2"));

        (await route.LaadAsync(oud)).WorkflowVersie.ShouldBe(1);
        (await route.LaadAsync(nieuw)).WorkflowVersie.ShouldBe(2);
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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

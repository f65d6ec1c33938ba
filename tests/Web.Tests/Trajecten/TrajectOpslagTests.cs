using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// A traject is stored and read back whole: its step visits with owner, deadline, evidence and remarks, its owners per
/// role, its timeline, and the version of the definition it runs on; a stale copy loses the race instead of
/// overwriting.
/// </summary>
public class TrajectOpslagTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private static readonly Actor Leider = new("pl-test", "P. Leider", new HashSet<string> { Rollen.Projectleider },
        new HashSet<Besluitvorming.Workflows.Voorstellen.Aspect>(), null, new HashSet<string>());
    private static readonly Taakhouder Eigenaar = new("eig-test", "E. Igenaar");

    private async Task<int> StartAsync()
    {
        using var scope = fabriek.Services.CreateScope();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var project = await db.Projecten.Select(p => (int?)p.Id).FirstOrDefaultAsync();
        var definitie = await dienst.NieuwsteDefinitieAsync("thuis-in-de-buurt-accommodatie");
        var traject = Traject.Start(definitie, "Dorpshuis Testdorp (demo)", project, new Taakhouder(Leider.Id, Leider.Naam),
            new Dictionary<string, Taakhouder> { [Rollen.Steller] = Eigenaar }, Leider, fabriek.Klok.GetUtcNow().UtcDateTime,
            kern: "Testdorp", groep: "Groep 1");
        await dienst.StartAsync(traject);
        return traject.Id;
    }

    [Fact]
    public async Task Een_traject_komt_met_stappen_bewijs_opmerkingen_en_tijdlijn_terug_uit_de_database()
    {
        var id = await StartAsync();
        var bestand = Guid.NewGuid();
        using (var scope = fabriek.Services.CreateScope())
        {
            var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
            await dienst.VoerAsync(id, (t, d, a, nu) => t.Voltooien(d, a, [new Bewijs(bestand, Bewijssoorten.Verslag, "verslag.pdf")],
                "Goed bezocht", nu), Leider);
        }

        using var lees = fabriek.Services.CreateScope();
        var traject = (await lees.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(id))!;
        traject.Naam.ShouldBe("Dorpshuis Testdorp (demo)");
        traject.Kern.ShouldBe("Testdorp");
        traject.Groep.ShouldBe("Groep 1");
        traject.WorkflowVersie.ShouldBe(1);
        traject.Status.ShouldBe("Veerkrachtdialoog");
        traject.Eigenaren[Rollen.Steller].ShouldBe(Eigenaar);
        traject.Stappen.Select(s => s.Stap).ShouldBe(["Stakeholderbijeenkomst", "Veerkrachtdialoog"]);
        var eerste = traject.Stappen[0];
        eerste.Uitkomst.ShouldBe(StapUitkomst.Voltooid);
        eerste.EigenaarNaam.ShouldBe("E. Igenaar");
        eerste.Bewijs.ShouldBe([new Bewijs(bestand, Bewijssoorten.Verslag, "verslag.pdf")]);
        eerste.Opmerkingen.ShouldBe(["Goed bezocht"]);
        traject.Stappen[1].Deadline.ShouldNotBeNull();
        traject.Gebeurtenissen.Select(g => g.Soort).ShouldBe(["Gestart", "Voltooien"]);
    }

    [Fact]
    public async Task Een_verouderde_kopie_verliest_van_de_eerdere_opslag_en_overschrijft_niets()
    {
        var id = await StartAsync();
        using var a = fabriek.Services.CreateScope();
        using var b = fabriek.Services.CreateScope();
        var dbA = a.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dbB = b.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var definitie = await a.ServiceProvider.GetRequiredService<TrajectDienst>().NieuwsteDefinitieAsync("thuis-in-de-buurt-accommodatie");
        var kopieA = await dbA.Trajecten.Include(t => t.Stappen).Include(t => t.Gebeurtenissen).SingleAsync(t => t.Id == id);
        var kopieB = await dbB.Trajecten.Include(t => t.Stappen).Include(t => t.Gebeurtenissen).SingleAsync(t => t.Id == id);
        var nu = fabriek.Klok.GetUtcNow().UtcDateTime;

        kopieA.PlaatsOpmerking(definitie, Leider, "eerste", nu);
        await dbA.SaveChangesAsync();
        kopieB.PlaatsOpmerking(definitie, Leider, "tweede", nu);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
    }

    [Fact]
    public async Task Een_stap_zonder_vereist_bewijs_wordt_geweigerd_en_de_weigering_staat_in_de_tijdlijn()
    {
        var id = await StartAsync();
        using (var scope = fabriek.Services.CreateScope())
        {
            var fout = await Should.ThrowAsync<TrajectGeweigerdException>(() => scope.ServiceProvider.GetRequiredService<TrajectDienst>()
                .VoerAsync(id, (t, d, a, nu) => t.Voltooien(d, a, [], null, nu), Leider));
            fout.Veld.ShouldBe("bewijs");
            fout.Message.ShouldContain("verslag");
        }

        using var lees = fabriek.Services.CreateScope();
        var traject = (await lees.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(id))!;
        traject.Status.ShouldBe("Stakeholderbijeenkomst");
        traject.Gebeurtenissen.Select(g => g.Soort).ShouldBe(["Gestart", "Geweigerd"]);
        traject.Gebeurtenissen[1].Omschrijving.ShouldStartWith("Stap 'Stakeholderbijeenkomst' niet afgerond: Voeg eerst toe: verslag.");
    }
}

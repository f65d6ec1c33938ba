using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// A traject transition's gate ("poort": "traject-afronden") is checked with rule set poort-traject-afronden in the one
/// handling path: a blocking rule refuses with its Dutch message and the refusal is in the timeline; a warning lets the
/// step complete, is in the timeline and is handed to the page.
/// </summary>
public sealed class TrajectPoortTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private static Bewijs Bewijs(string soort) => new(Guid.NewGuid(), soort, soort.ToLowerInvariant() + ".pdf");

    private static Action<Traject, Besluitvorming.Workflows.Definities.WorkflowDefinitie, Besluitvorming.Workflows.Organisatie.Actor, DateTime>
        Voltooi(string soort, string? opmerking = "Beheerstichting, ASD en ONS welzijn waren er") =>
        (t, d, a, nu) => t.Voltooien(d, a, [Bewijs(soort)], opmerking, nu);

    [Fact]
    public async Task Het_bedrijfsplan_zonder_activiteitenplan_wordt_door_de_regel_geweigerd_en_de_weigering_staat_in_de_tijdlijn()
    {
        var id = await Trajectstart.StartAsync(fabriek, $"Poorthuis {Guid.NewGuid():N}");
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Verslag));
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Verslag));
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Visie volgt later", nu));
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Verslag));
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Verslag));
        (await Trajectstart.LaadAsync(fabriek, id)).Status.ShouldBe("BedrijfsplanEnExploitatie");

        var fout = await Should.ThrowAsync<TrajectGeweigerdException>(() =>
            Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Plan)));
        fout.Message.ShouldContain("bouwt op de visie en het activiteitenplan van het huis, maar dat plan is nooit toegevoegd");

        var traject = await Trajectstart.LaadAsync(fabriek, id);
        traject.Status.ShouldBe("BedrijfsplanEnExploitatie");
        traject.HuidigeStap!.Bewijs.ShouldBeEmpty("een geweigerde stap bewaart het meegegeven bewijs niet");
        var weigering = traject.Gebeurtenissen[^1];
        weigering.Soort.ShouldBe("Geweigerd");
        weigering.ActorNaam.ShouldBe("R.B.M. Janzen");
        weigering.Omschrijving.ShouldStartWith("Stap 'Bedrijfsplan en exploitatie' niet afgerond: Het bedrijfsplan van Poorthuis");

        // With the plan added to a re-opened 'Visie en activiteitenplan', the same gate lets the bedrijfsplan through.
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.Heropenen(d, a, "VisieEnActiviteitenplan", "Plan is er nu", nu));
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Plan));
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Training al gevolgd", nu));
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Coaching al gevolgd", nu));
        await Trajectstart.VoerAsync(fabriek, id, "steller", Voltooi(Bewijssoorten.Plan));
        (await Trajectstart.LaadAsync(fabriek, id)).Status.ShouldBe("Besluitmoment");
    }

    [Fact]
    public async Task Een_waarschuwing_van_de_poort_laat_de_stap_door_en_staat_in_de_tijdlijn()
    {
        var id = await Trajectstart.StartAsync(fabriek, $"Waarschuwhuis {Guid.NewGuid():N}");
        using var scope = fabriek.Services.CreateScope();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var steller = await Trajectstart.ActorAsync(scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>(), "steller");

        var traject = await dienst.VoerAsync(id, Voltooi(Bewijssoorten.Verslag, opmerking: null), steller);

        traject.Status.ShouldBe("Veerkrachtdialoog");
        dienst.Waarschuwingen.ShouldHaveSingleItem().ShouldStartWith("Noem in een opmerking welke stakeholders");
        traject.Gebeurtenissen.Select(g => g.Soort).ShouldBe(["Gestart", "Waarschuwing", "Voltooien"]);
    }
}

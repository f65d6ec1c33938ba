using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>
/// A decision moment and its collegevoorstel, in the domain: who may start it, what a decision on the proposal means for
/// the traject, and a withdrawal freeing the decision moment.
/// </summary>
public class BesluitmomentTests
{
    private static readonly Actor Projectleider = TrajectScenario.Projectleider;

    [Fact]
    public void Alleen_de_projectleider_mag_een_besluitmoment_starten_en_alleen_op_een_besluitmoment()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        s.Traject.KanBesluitmomentStarten(s.Definitie, Projectleider).ShouldBeFalse("de eerste stap is geen besluitmoment");

        s.Tot("Besluitmoment");
        s.Traject.KanBesluitmomentStarten(s.Definitie, Projectleider).ShouldBeTrue();
        s.Traject.KanBesluitmomentStarten(s.Definitie, TrajectScenario.Eigenaar).ShouldBeFalse();
        s.Traject.KanBesluitmomentStarten(s.Definitie, TrajectScenario.Buitenstaander).ShouldBeFalse();

        s.StartBesluitmoment();
        s.Traject.KanBesluitmomentStarten(s.Definitie, Projectleider).ShouldBeFalse("het besluitmoment wacht al");
    }

    [Fact]
    public void Een_ingetrokken_voorstel_maakt_het_besluitmoment_vrij_voor_een_nieuw_voorstel()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var eerste = s.StartBesluitmoment();

        s.Traject.VerwerkIntrekking(s.Definitie, eerste, s.Nu);

        s.Traject.Status.ShouldBe("Besluitmoment");
        s.Traject.WachtOpVoorstelId.ShouldBeNull();
        s.Traject.Gebeurtenissen[^1].Omschrijving.ShouldBe($"Voorstel {eerste} ingetrokken; het besluitmoment kan opnieuw worden gestart");
        s.Traject.KanBesluitmomentStarten(s.Definitie, Projectleider).ShouldBeTrue();
        var tweede = s.StartBesluitmoment();
        s.Traject.VerwerkBesluit(s.Definitie, tweede, Besluituitkomst.Ingestemd, s.Nu);
        s.Traject.Status.ShouldBe("AfsprakenVastgelegd");
    }

    [Fact]
    public void Een_intrekking_van_een_ander_voorstel_wordt_geweigerd()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var voorstel = s.StartBesluitmoment();

        Should.Throw<TrajectFout>(() => s.Traject.VerwerkIntrekking(s.Definitie, voorstel + 1, s.Nu));
        s.Traject.WachtOpVoorstelId.ShouldBe(voorstel);
    }

    [Fact]
    public void Een_concept_voor_een_andere_steller_is_van_die_steller_en_noemt_wie_het_aanmaakte()
    {
        var voorstel = Voorstel.NieuwConceptVoor(GeleverdeDefinities.Collegevoorstel, Personen.Steller, Projectleider, Guid.NewGuid(),
            Inhouden.Volledig, DateTime.UnixEpoch);

        voorstel.StellerId.ShouldBe(Personen.Steller.Id);
        voorstel.IsVanSteller(Personen.Steller).ShouldBeTrue();
        voorstel.IsVanSteller(Projectleider).ShouldBeFalse();
        voorstel.Gebeurtenissen.Single().Omschrijving.ShouldBe($"Concept aangemaakt voor steller {Personen.Steller.Naam}");
        voorstel.Gebeurtenissen.Single().ActorNaam.ShouldBe(Projectleider.Naam);
    }

    [Fact]
    public void Een_concept_voor_iemand_die_geen_steller_is_wordt_geweigerd() =>
        Should.Throw<GeenToegangException>(() => Voorstel.NieuwConceptVoor(GeleverdeDefinities.Collegevoorstel, Projectleider, Projectleider,
            Guid.NewGuid(), Inhouden.Volledig, DateTime.UnixEpoch)).Message.ShouldContain("geen steller");

    public static TheoryData<string, Besluituitkomst?> CollegeBesluiten => new()
    {
        { Triggers.Instemmen, Besluituitkomst.Ingestemd },
        { Triggers.InstemmenMetWijzigingen, Besluituitkomst.Ingestemd },
        { Triggers.Afwijzen, Besluituitkomst.Afgewezen },
    };

    [Theory]
    [MemberData(nameof(CollegeBesluiten))]
    public void Het_besluit_van_het_college_bepaalt_de_uitkomst_voor_het_traject(string trigger, Besluituitkomst? verwacht)
    {
        var s = Scenario.Nieuw().Tot("CollegeVanBW");
        s.Voorstel.NeemDomeingebeurtenissen();
        s.CollegeBesluit(trigger);
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBe(verwacht);
    }

    [Fact]
    public void Een_aangehouden_voorstel_houdt_het_traject_wachtend()
    {
        var s = Scenario.Nieuw().Tot("CollegeVanBW");
        s.Voorstel.NeemDomeingebeurtenissen();
        s.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(14));
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBe(Besluituitkomst.Aangehouden);
    }

    [Fact]
    public void Bij_een_raadsbesluit_telt_het_besluit_van_de_raad_en_niet_dat_van_het_college()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { RaadsbesluitNodig = true }).Tot("CollegeVanBW");
        s.Voorstel.NeemDomeingebeurtenissen();

        s.CollegeBesluit(Triggers.Instemmen);
        s.Status.ShouldBe("Gemeenteraad");
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBeNull();

        s.RaadHoudtAan(new DateOnly(2025, 7, 10));
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBe(Besluituitkomst.Aangehouden);

        s.RaadBesluit(Triggers.RaadVerwerpen);
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBe(Besluituitkomst.Afgewezen);
    }

    [Fact]
    public void Een_door_de_raad_vastgesteld_voorstel_stemt_in()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { RaadsbesluitNodig = true }).Tot("CollegeVanBW").CollegeBesluit(Triggers.Instemmen);
        s.Voorstel.NeemDomeingebeurtenissen();
        s.RaadBesluit(Triggers.RaadVaststellen);
        Besluituitkomsten.Van(s.Voorstel, s.Voorstel.NeemDomeingebeurtenissen().Besluit!).ShouldBe(Besluituitkomst.Ingestemd);
    }
}

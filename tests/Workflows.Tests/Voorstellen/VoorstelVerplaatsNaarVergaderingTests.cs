using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>A meeting that moves takes the proposals planned on it along: date, task deadline, timeline and an event for the mail.</summary>
public class VoorstelVerplaatsNaarVergaderingTests
{
    private static Scenario BijHetCollege() => Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");

    [Fact]
    public void Verplaatste_collegevergadering_verzet_de_geplande_datum_en_de_termijn_van_het_collegebesluit()
    {
        var s = BijHetCollege();
        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);
        taak.Deadline.ShouldBe(Inhouden.GeplandBw);
        s.Voorstel.NeemDomeingebeurtenissen();
        var revisie = s.Voorstel.Revisie;
        var nieuw = Inhouden.GeplandBw.AddDays(2);

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, nieuw, " Koningsdag ", s.Context(Personen.Bestuurssecretariaat));

        s.Voorstel.GeplandBw.ShouldBe(nieuw);
        taak.Deadline.ShouldBe(nieuw);
        s.Voorstel.Revisie.ShouldBe(revisie + 1);
        var regel = s.Voorstel.Gebeurtenissen.Last();
        regel.Soort.ShouldBe(nameof(VergaderingVerplaatst));
        regel.Omschrijving.ShouldBe("Verplaatst van de vergadering van het college van B&W van 15 april 2025 naar die van 17 april 2025");
        regel.Reden.ShouldBe("Koningsdag");
        var gebeurtenissen = s.Voorstel.NeemDomeingebeurtenissen();
        gebeurtenissen.Verzet.ShouldBe([taak]);
        gebeurtenissen.Verplaatsingen.ShouldHaveSingleItem().ShouldBe(
            new VergaderingVerplaatst(Planningsdatums.GeplandBw, Inhouden.GeplandBw, nieuw, "Koningsdag"));
    }

    [Fact]
    public void Een_andere_vergadering_laat_de_termijn_van_de_open_taak_staan()
    {
        var geplandDt = Inhouden.GeplandBw.AddDays(-8);
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandDt = geplandDt }).Tot("CollegeVanBW");
        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);
        s.Voorstel.NeemDomeingebeurtenissen();

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandDt, geplandDt.AddDays(7), "DT-hei", s.Context(Personen.Bestuurssecretariaat));

        s.Voorstel.GeplandDt.ShouldBe(geplandDt.AddDays(7));
        taak.Deadline.ShouldBe(Inhouden.GeplandBw);
        s.Voorstel.NeemDomeingebeurtenissen().Verzet.ShouldBeEmpty();
    }

    [Fact]
    public void Zonder_reden_wordt_de_verplaatsing_geweigerd_en_verandert_er_niets()
    {
        var s = BijHetCollege();

        var fout = Should.Throw<ActieOngeldigException>(() =>
            s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, Inhouden.GeplandBw.AddDays(7), "  ", s.Context(Personen.Bestuurssecretariaat)));

        fout.Fouten[nameof(ActieInvoer.Reden)].ShouldBe("Vul de reden van de verplaatsing in.");
        s.Voorstel.GeplandBw.ShouldBe(Inhouden.GeplandBw);
    }

    [Fact]
    public void Een_steller_kan_zijn_voorstel_niet_naar_een_andere_vergadering_verplaatsen()
    {
        var s = BijHetCollege();

        Should.Throw<GeenToegangException>(() =>
            s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, Inhouden.GeplandBw.AddDays(7), "Eerder klaar", s.Context(Personen.Steller)));
        s.Voorstel.GeplandBw.ShouldBe(Inhouden.GeplandBw);
    }

    [Fact]
    public void Een_besloten_voorstel_wordt_niet_meer_verplaatst()
    {
        var s = BijHetCollege().CollegeBesluit(Triggers.Instemmen);

        Should.Throw<VoorstelFout>(() =>
            s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, Inhouden.GeplandBw.AddDays(7), "Vervallen", s.Context(Personen.Bestuurssecretariaat)))
            .Message.ShouldContain("afgehandeld");
    }
}

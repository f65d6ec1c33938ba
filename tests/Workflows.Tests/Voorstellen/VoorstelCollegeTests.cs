using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelCollegeTests
{
    private static Scenario BijHetCollege(VoorstelInhoud? inhoud = null) => Scenario.Nieuw(inhoud ?? Inhouden.Volledig).Tot("CollegeVanBW");

    [Fact]
    public void Instemmen_zonder_raad_besluit_het_voorstel_en_legt_het_collegebesluit_vast()
    {
        var s = BijHetCollege();
        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);

        s.CollegeBesluit(Triggers.Instemmen);

        s.Route.TakeLast(2).ShouldBe(["Besloten", "Gepubliceerd"]); // openbaar: published at once
        var besluit = s.Voorstel.Collegebesluit!;
        besluit.Uitkomst.ShouldBe(CollegeUitkomst.Ingestemd);
        besluit.Vergaderdatum.ShouldBe(Inhouden.GeplandBw);
        besluit.Volgnummer.ShouldBe(7);
        besluit.BehandelendTeam.ShouldBe("MOADO");
        besluit.Besluittekst.ShouldBe("Het college kan instemmen met het voorstel.");
        taak.Toestand.ShouldBe(TaakStatus.Afgerond);
        taak.AfgerondDoorId.ShouldBe(Personen.Bestuurssecretariaat.Id);
    }

    [Fact]
    public void Instemmen_met_wijzigingen_zonder_raad_besluit_het_voorstel()
    {
        var s = BijHetCollege();

        s.CollegeBesluit(Triggers.InstemmenMetWijzigingen);

        s.Route.TakeLast(2).ShouldBe(["Besloten", "Gepubliceerd"]); // openbaar: published at once
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.IngestemdMetWijzigingen);
    }

    [Theory]
    [InlineData(Triggers.Instemmen, CollegeUitkomst.Ingestemd)]
    [InlineData(Triggers.InstemmenMetWijzigingen, CollegeUitkomst.IngestemdMetWijzigingen)]
    public void Instemmen_brengt_een_voorstel_met_raadsbesluit_naar_de_gemeenteraad(string trigger, CollegeUitkomst uitkomst)
    {
        var s = BijHetCollege(Inhouden.VolledigeRoute);

        s.CollegeBesluit(trigger);

        s.Status.ShouldBe("Gemeenteraad");
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(uitkomst);
        s.OpenTaak(Taaksoorten.Raadsbesluit).HouderId.ShouldBe(Personen.Griffie.Id);
    }

    [Fact]
    public void Aanhouden_houdt_het_voorstel_bij_het_college_en_verzet_de_taak_naar_de_nieuwe_vergadering()
    {
        var s = BijHetCollege();
        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);
        taak.Deadline.ShouldBe(Inhouden.GeplandBw);
        var nieuweDatum = Inhouden.GeplandBw.AddDays(14);

        s.CollegeHoudtAan(nieuweDatum);

        s.Status.ShouldBe("CollegeVanBW");
        s.OpenTaak(Taaksoorten.Collegebesluit).ShouldBeSameAs(taak);
        taak.IsOpen.ShouldBeTrue();
        taak.Deadline.ShouldBe(nieuweDatum);
        s.Voorstel.GeplandBw.ShouldBe(nieuweDatum);
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Aangehouden);
        s.Voorstel.Collegebesluit.Besluittekst.ShouldBe("Eerst met de wijkraden bespreken.");
        s.Voorstel.Gebeurtenissen.Last().NaarStatus.ShouldBeNull();
    }

    [Fact]
    public void Na_aanhouden_kan_het_college_in_de_nieuwe_vergadering_alsnog_besluiten()
    {
        var s = BijHetCollege();
        s.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(14));

        s.CollegeBesluit(Triggers.Instemmen);

        s.Route.TakeLast(2).ShouldBe(["Besloten", "Gepubliceerd"]); // openbaar: published at once
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Ingestemd);
    }

    [Fact]
    public void Aanhouden_naar_een_datum_die_niet_na_de_vergadering_ligt_wordt_geweigerd()
    {
        var s = BijHetCollege();

        var fout = Should.Throw<ActieOngeldigException>(() => s.CollegeHoudtAan(Inhouden.GeplandBw));

        fout.Fouten.Keys.ShouldBe([nameof(ActieInvoer.NieuweDatum)]);
        s.Voorstel.GeplandBw.ShouldBe(Inhouden.GeplandBw);
    }

    [Fact]
    public void Afwijzen_beëindigt_de_route_en_niemand_kan_nog_iets()
    {
        var s = BijHetCollege();

        s.CollegeBesluit(Triggers.Afwijzen);

        s.Route.TakeLast(2).ShouldBe(["Afgewezen", "Gepubliceerd"]); // a rejection is a decision, published too
        s.Voorstel.IsBeeindigd(s.Definitie).ShouldBeTrue();
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Afgewezen);
        s.OpenTaken.ShouldBeEmpty();
        foreach (var persoon in Personen.Iedereen) s.ToegestaneActies(persoon).ShouldBeEmpty();
    }
}

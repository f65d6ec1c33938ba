using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Termijnen;
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

    // ---- The open gates' deadlines follow the terugrekenplanning -------------------------------------------------

    private static DateOnly D(string s) => DateOnly.Parse(s);

    // Easter 2027 (Tweede Paasdag 29 March is no working day). The DT meets on Mondays, closing the Wednesday before.
    private static readonly Vergadermoment[] Directieteam =
    [
        new(Orgaan.Directieteam, D("2027-03-29"), D("2027-03-24")), new(Orgaan.Directieteam, D("2027-04-05"), D("2027-03-31")),
        new(Orgaan.Directieteam, D("2027-04-12"), D("2027-04-07")), new(Orgaan.Directieteam, D("2027-04-19"), D("2027-04-14")),
    ];

    /// <summary>The calendar with one B&amp;W meeting (closing a week before): where the moved meeting now is.</summary>
    private static Vergadermoment[] MetCollege(string datum) =>
        [.. Directieteam, new(Orgaan.College, D(datum), D(datum).AddDays(-7))];

    /// <summary>
    /// Advice opened on 30 March 2027 for the B&amp;W meeting of <paramref name="bw"/>: ten working days would run to 13
    /// April, so the deadline is the closing date of the last DT before the B&amp;W closing date when that comes first.
    /// </summary>
    private static (Scenario S, Taak Advies) InAdviesVoor(string bw)
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Juridisch) with { GeplandBw = D(bw) });
        s.Vergaderingen = MetCollege(bw);
        s.Klok.ZetOp(D("2027-03-30"));
        s.Indienen().Paraferen();
        s.Status.ShouldBe("InAdvies");
        s.Voorstel.NeemDomeingebeurtenissen();
        return (s, s.OpenTaak(Taaksoorten.Advies));
    }

    private static Overgangscontext VerplaatsContext(Scenario s, string bw) =>
        s.Context(Personen.Bestuurssecretariaat) with { Vergaderingen = MetCollege(bw) };

    [Fact]
    public void Een_latere_collegevergadering_verzet_de_adviestermijn_naar_de_nieuwe_terugrekendatum()
    {
        var (s, advies) = InAdviesVoor("2027-04-13");
        advies.Deadline.ShouldBe(D("2027-03-31")); // DT 5 April closes 31 March
        s.Klok.ZetOp(D("2027-04-01"));

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, D("2027-04-20"), "Begrotingsvergadering", VerplaatsContext(s, "2027-04-20"));

        // B&W closes 13 April; the last DT before it is 12 April, closing 7 April.
        advies.Deadline.ShouldBe(D("2027-04-07"));
        s.Voorstel.Planning(s.Definitie, MetCollege("2027-04-20"), s.Vandaag).Van("InAdvies")!.Uiterlijk.ShouldBe(D("2027-04-07"));
        s.Voorstel.NeemDomeingebeurtenissen().Verzet.ShouldBe([advies]);
    }

    [Fact]
    public void De_termijn_vanaf_het_openen_begrenst_de_adviestermijn_ook_als_de_vergadering_later_komt()
    {
        var (s, advies) = InAdviesVoor("2027-04-13");
        s.Klok.ZetOp(D("2027-04-02"));

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, D("2027-04-27"), "Reces", VerplaatsContext(s, "2027-04-27"));

        // The planning would allow 14 April; ten working days from the opening on 30 March end on 13 April (counted
        // from today they would run to 16 April: a move does not stretch the term).
        advies.Deadline.ShouldBe(D("2027-04-13"));
    }

    [Fact]
    public void Een_eerdere_collegevergadering_haalt_de_adviestermijn_naar_voren_ook_als_die_dan_verstreken_is()
    {
        var (s, advies) = InAdviesVoor("2027-04-20");
        advies.Deadline.ShouldBe(D("2027-04-07"));
        s.Klok.ZetOp(D("2027-04-01"));

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, D("2027-04-13"), "Eerder nodig", VerplaatsContext(s, "2027-04-13"));

        advies.Deadline.ShouldBe(D("2027-03-31"));
        advies.IsTeLaat(s.Vandaag).ShouldBeTrue();
        s.Voorstel.Planning(s.Definitie, MetCollege("2027-04-13"), s.Vandaag).Van("InAdvies")!.Stand.ShouldBe(Poortstand.TeLaat);
    }

    [Fact]
    public void Zonder_de_vergaderingen_blijft_de_adviestermijn_staan()
    {
        var (s, advies) = InAdviesVoor("2027-04-13");

        s.Voorstel.VerplaatsNaarVergadering(Planningsdatums.GeplandBw, D("2027-04-20"), "Begrotingsvergadering", s.Context(Personen.Bestuurssecretariaat) with { Vergaderingen = null });

        advies.Deadline.ShouldBe(D("2027-03-31"));
        s.Voorstel.NeemDomeingebeurtenissen().Verzet.ShouldBeEmpty();
    }

    // ---- Leaving a meeting by a change of the proposal itself ------------------------------------------------------

    [Fact]
    public void Aanhouden_in_een_andere_vergadering_dan_de_geplande_meldt_dat_het_voorstel_die_vergadering_verlaat()
    {
        var s = BijHetCollege();
        s.Voorstel.NeemDomeingebeurtenissen();

        s.Voer(Personen.Bestuurssecretariaat, Triggers.Aanhouden, new()
        {
            Datum = Inhouden.GeplandBw.AddDays(-7), NieuweDatum = Inhouden.GeplandBw.AddDays(7), Reden = "Eerst de wijkraad horen.",
        });

        s.Voorstel.NeemDomeingebeurtenissen().AndereVergaderingen.ShouldHaveSingleItem().ShouldBe(new GeplandOpAndereVergadering(
            Planningsdatums.GeplandBw, Inhouden.GeplandBw, Inhouden.GeplandBw.AddDays(7), "aangehouden in de vergadering van 8 april 2025"));
    }

    [Fact]
    public void Aanhouden_in_de_geplande_vergadering_laat_het_voorstel_op_die_agenda_als_besluit()
    {
        var s = BijHetCollege();
        s.Voorstel.NeemDomeingebeurtenissen();

        s.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(7));

        s.Voorstel.NeemDomeingebeurtenissen().AndereVergaderingen.ShouldBeEmpty();
    }

    [Fact]
    public void Een_steller_die_de_collegedatum_van_een_ingediend_voorstel_wijzigt_meldt_de_vergadering_die_het_verlaat()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen().StuurTerug(Personen.Afdelingshoofd);
        s.Voorstel.NeemDomeingebeurtenissen();

        s.Wijzig(i => i with { GeplandBw = Inhouden.GeplandBw.AddDays(14) });

        s.Voorstel.NeemDomeingebeurtenissen().AndereVergaderingen.ShouldHaveSingleItem().ShouldBe(new GeplandOpAndereVergadering(
            Planningsdatums.GeplandBw, Inhouden.GeplandBw, Inhouden.GeplandBw.AddDays(14), "planning gewijzigd door de steller"));
    }

    [Fact]
    public void Een_concept_verlaat_geen_vergadering()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        s.Wijzig(i => i with { GeplandBw = Inhouden.GeplandBw.AddDays(14) });

        s.Voorstel.NeemDomeingebeurtenissen().AndereVergaderingen.ShouldBeEmpty();
    }
}

using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Termijnen;

public sealed class TerugrekenplanningTests
{
    private static Vergadermoment College(string datum, string sluiting) => new(Orgaan.College, D(datum), D(sluiting));
    private static Vergadermoment Dt(string datum, string sluiting) => new(Orgaan.Directieteam, D(datum), D(sluiting));
    private static Vergadermoment Or(string datum, string sluiting) => new(Orgaan.OndernemingsRaad, D(datum), D(sluiting));
    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static string Regels(Terugrekenplanning p) =>
        string.Join("\n", p.Poorten.Select(g => $"{g.Titel}: {g.Uiterlijk:yyyy-MM-dd} {g.StandTekst}"));

    // Easter 2027: Goede Vrijdag 26 March is a working day, Tweede Paasdag 29 March is not.
    private static readonly Vergadermoment[] RondPasen2027 =
    [
        Dt("2027-03-29", "2027-03-24"), Dt("2027-04-05", "2027-03-31"), Dt("2027-04-12", "2027-04-07"), Dt("2027-04-19", "2027-04-14"),
        College("2027-04-13", "2027-04-06"), College("2027-04-20", "2027-04-13"),
    ];

    [Fact]
    public void Vanaf_de_collegevergadering_na_Pasen_krijgt_elke_poort_zijn_uiterste_datum()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag);

        planning.Melding.ShouldBeNull();
        // B&W closes 13 April; the last DT before that is 12 April (closing 7 April); advice ten working days before
        // 7 April skips Tweede Paasdag and counts Goede Vrijdag: 23 March; the paraaf three before that.
        Regels(planning).ShouldBe("""
            Indienen: 2027-03-18 Afgerond
            Paraaf afdelingshoofd: 2027-03-23 Op schema
            Advies bedrijfsvoering: 2027-04-07 Op schema
            Directieteam: 2027-04-12 Op schema
            Ondernemingsraad: 2027-04-13 Overgeslagen
            College van B&W: 2027-04-20 Op schema
            """);
    }

    [Fact]
    public void Voor_het_indienen_telt_de_ondernemingsraad_mee_tot_de_route_bepaald_is()
    {
        var meetings = RondPasen2027.Append(Or("2027-04-08", "2027-04-01")).ToArray();
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));

        var planning = s.Voorstel.Planning(s.Definitie, meetings, s.Vandaag);

        // Before submission the OR may be on the route: the DT then works towards the OR's closing date (1 April).
        var or = planning.Van("OndernemingsRaad")!;
        or.Uiterlijk.ShouldBe(D("2027-04-08"));
        or.Toelichting.ShouldContain("Alleen als de route deze poort bevat");
        planning.Van("Directieteam")!.Uiterlijk.ShouldBe(D("2027-03-29"));
        planning.Van("InAdvies")!.Uiterlijk.ShouldBe(D("2027-03-24"));
    }

    [Fact]
    public void Zonder_ondernemingsraad_op_de_route_is_die_poort_overgeslagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027.Append(Or("2027-04-08", "2027-04-01")).ToArray(), s.Vandaag);

        planning.Van("OndernemingsRaad")!.Stand.ShouldBe(Poortstand.Overgeslagen);
        planning.Van("Concept")!.Stand.ShouldBe(Poortstand.Afgerond);
        planning.Van("Directieteam")!.Uiterlijk.ShouldBe(D("2027-04-12"));
    }

    [Fact]
    public void Met_ondernemingsraad_rekent_het_directieteam_terug_vanaf_de_sluiting_van_de_or()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetFormatie() with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var planning = s.Voorstel.Planning(s.Definitie,
            RondPasen2027.Append(Or("2027-03-10", "2027-03-03")).Append(Or("2027-04-08", "2027-04-01")).ToArray(), s.Vandaag);

        // The latest OR meeting before the B&W closing date (13 April) is 8 April; the DT before its closing (1 April) 29 March.
        planning.Van("OndernemingsRaad")!.Uiterlijk.ShouldBe(D("2027-04-08"));
        planning.Van("Directieteam")!.Uiterlijk.ShouldBe(D("2027-03-29"));
        planning.Van("InAdvies")!.Uiterlijk.ShouldBe(D("2027-03-24"));
    }

    [Fact]
    public void De_sluitingsdatum_rond_kerst_bepaalt_de_laatste_vergadering_van_het_directieteam()
    {
        // B&W on 5 January 2027 closes five working days earlier, 28 December (Christmas and New Year do not count).
        Werkdagen.Plus(D("2027-01-05"), -5).ShouldBe(D("2026-12-28"));
        var vergaderingen = new[]
        {
            College("2027-01-05", "2026-12-28"), Dt("2026-12-14", "2026-12-09"), Dt("2026-12-21", "2026-12-16"), Dt("2026-12-28", "2026-12-22"),
        };
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-01-05") });
        s.Klok.ZetOp(D("2026-11-02"));
        s.Indienen(); // the route is known: no OR

        var planning = s.Voorstel.Planning(s.Definitie, vergaderingen, s.Vandaag);

        // The DT of 28 December is on the closing date itself, too late: the one of 21 December counts.
        planning.Van("Directieteam")!.Uiterlijk.ShouldBe(D("2026-12-21"));
        planning.Van("InAdvies")!.Uiterlijk.ShouldBe(D("2026-12-16"));
        planning.Van("ParaafAfdelingshoofd")!.Uiterlijk.ShouldBe(D("2026-12-02"));
    }

    [Fact]
    public void Een_geplande_dt_vergadering_na_de_sluiting_van_de_collegeagenda_is_te_laat_en_noemt_de_laatste_die_kan()
    {
        // B&W 20 April closes 13 April; the proposal is planned on the DT of 19 April, after that closing date. The DT's
        // latest meeting is 12 April: the planning must not call the planned one "op schema".
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20"), GeplandDt = D("2027-04-19") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var dt = s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag).Van("Directieteam")!;

        dt.Stand.ShouldBe(Poortstand.TeLaat);
        dt.Uiterlijk.ShouldBe(D("2027-04-12"));
        dt.Toelichting.ShouldBe("Gepland op de vergadering van maandag 19 april 2027; die ligt niet vóór dinsdag 13 april 2027, " +
            "de sluiting van de agenda hierna. Kies uiterlijk de vergadering van maandag 12 april 2027 of een latere collegevergadering.");
    }

    [Fact]
    public void Een_eerdere_geplande_dt_vergadering_bepaalt_de_data_van_de_poorten_ervoor()
    {
        // Planned on the DT of 5 April (closing 31 March), earlier than the latest one (12 April): advice must be done by
        // 31 March, not by 7 April, and the paraaf ten working days before that (Tweede Paasdag does not count).
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20"), GeplandDt = D("2027-04-05") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag);

        planning.Van("Directieteam")!.Uiterlijk.ShouldBe(D("2027-04-05"));
        planning.Van("Directieteam")!.Toelichting.ShouldBe("Geplande vergadering; de agenda sluit op woensdag 31 maart 2027.");
        planning.Van("InAdvies")!.Uiterlijk.ShouldBe(D("2027-03-31"));
        planning.Van("ParaafAfdelingshoofd")!.Uiterlijk.ShouldBe(Werkdagen.Plus(D("2027-03-31"), -10));
    }

    [Fact]
    public void Een_collegedatum_zonder_vergadering_geeft_een_melding_en_geen_poorten()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-21") });
        s.Klok.ZetOp(D("2027-03-01"));

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag);

        planning.Poorten.ShouldBeEmpty();
        planning.Melding.ShouldBe("Op woensdag 21 april 2027 vergadert het college niet volgens de vergaderkalender. Kies een collegevergadering uit de lijst; daaruit rekent de planning terug.");
    }

    [Fact]
    public void Een_collegevergadering_in_het_verleden_geeft_een_melding_en_geen_negatieve_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-13") });
        s.Klok.ZetOp(D("2027-04-14"));

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag);

        planning.Poorten.ShouldBeEmpty();
        planning.Melding!.ShouldContain("ligt in het verleden");
    }

    [Fact]
    public void Zonder_collegevergadering_vraagt_de_planning_erom()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = null });

        s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag).Melding!.ShouldContain("Kies een collegevergadering");
    }

    [Theory]
    [InlineData("2027-03-18", "Op schema")] // three working days left to the latest paraaf (23 March)
    [InlineData("2027-03-19", "Op schema")] // two left
    [InlineData("2027-03-22", "Risico")]    // one left
    [InlineData("2027-03-23", "Risico")]    // the day itself
    [InlineData("2027-03-24", "Te laat")]
    public void De_huidige_poort_is_op_schema_een_risico_of_te_laat(string vandaag, string verwacht)
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();
        s.Klok.ZetOp(D(vandaag));

        s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag).Van("ParaafAfdelingshoofd")!.StandTekst.ShouldBe(verwacht);
    }

    [Fact]
    public void Een_latere_poort_is_een_risico_zodra_haar_laatste_begindag_nadert()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();
        s.Klok.ZetOp(D("2027-03-22"));

        // Advice must start on 23 March at the latest to keep its ten working days: one working day left.
        s.Voorstel.Planning(s.Definitie, RondPasen2027, s.Vandaag).Van("InAdvies")!.Stand.ShouldBe(Poortstand.Risico);
    }

    [Theory]
    [InlineData("2027-03-01", "ParaafAfdelingshoofd", "OpSchema")]
    [InlineData("2027-03-22", "ParaafAfdelingshoofd", "Risico")]
    [InlineData("2027-03-24", "ParaafAfdelingshoofd", "TeLaat")]
    public void De_maatgevende_poort_is_de_eerste_die_te_laat_is_anders_met_risico_anders_de_eerstvolgende(string vandaag, string poort, string stand)
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Klok.ZetOp(D("2027-03-01"));
        s.Indienen();

        var planning = s.Voorstel.Planning(s.Definitie, RondPasen2027, D(vandaag));

        // The paraaf is due 23 March; the gates after it are on track until their latest start comes near.
        (planning.MaatgevendePoort!.Status, planning.MaatgevendePoort.Stand.ToString()).ShouldBe((poort, stand));
    }

    [Fact]
    public void Zonder_planning_is_er_geen_maatgevende_poort() =>
        Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = null }).Voorstel
            .Planning(Scenario.Nieuw().Definitie, RondPasen2027, D("2027-03-01")).MaatgevendePoort.ShouldBeNull();

    [Fact]
    public void De_paraaftaak_krijgt_de_terugrekendatum_als_die_eerder_valt_dan_de_termijn()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Vergaderingen = RondPasen2027;
        s.Klok.ZetOp(D("2027-03-22"));

        s.Indienen();

        // Three working days would be 25 March; the planning needs the paraaf by 23 March.
        s.OpenTaak(Taaksoorten.Paraaf).Deadline.ShouldBe(D("2027-03-23"));
    }

    [Fact]
    public void De_termijn_blijft_als_die_eerder_valt_dan_de_terugrekendatum()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Vergaderingen = RondPasen2027;
        s.Klok.ZetOp(D("2027-03-01"));

        s.Indienen();

        s.OpenTaak(Taaksoorten.Paraaf).Deadline.ShouldBe(D("2027-03-04"));
    }

    [Fact]
    public void Een_verstreken_terugrekendatum_wijkt_voor_de_termijn()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandBw = D("2027-04-20") });
        s.Vergaderingen = RondPasen2027;
        s.Klok.ZetOp(D("2027-03-25"));

        s.Indienen();

        s.OpenTaak(Taaksoorten.Paraaf).Deadline.ShouldBe(D("2027-03-31")); // three working days, Tweede Paasdag skipped
    }

    [Fact]
    public void Alleen_een_overgang_naar_een_poort_met_taken_vraagt_de_vergaderingen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Juridisch).MetAdviesGevraagd(Aspect.Communicatie));
        s.Voorstel.KanTakenOpenen(s.Definitie, Triggers.Indienen).ShouldBeTrue();
        s.Voorstel.KanTakenOpenen(s.Definitie, Triggers.Intrekken).ShouldBeFalse();
        s.Indienen().Paraferen();
        // The first of two advices keeps the proposal in advice; the last may move it on to the DT automatically.
        s.Voorstel.KanTakenOpenen(s.Definitie, Triggers.AdviesUitbrengen).ShouldBeFalse();
        s.Adviseer(Aspect.Juridisch);
        s.Voorstel.KanTakenOpenen(s.Definitie, Triggers.AdviesUitbrengen).ShouldBeTrue();
    }
}

using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>What the aggregate reports about a change: the host's mail and timers follow from these events alone.</summary>
public class VoorstelDomeingebeurtenissenTests
{
    private static Domeingebeurtenissen Na(Scenario s, Action<Scenario> actie)
    {
        s.Voorstel.NeemDomeingebeurtenissen();
        actie(s);
        return s.Voorstel.NeemDomeingebeurtenissen();
    }

    [Fact]
    public void De_paraaf_sluit_de_paraaftaak_opent_de_adviesverzoeken_en_meldt_de_stap()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Indienen();
        var paraaf = s.OpenTaak(Taaksoorten.Paraaf);

        var g = Na(s, x => x.Paraferen());

        g.Gesloten.ShouldBe([paraaf]);
        g.Geopend.ShouldBe(s.OpenTaken.ToList(), ignoreOrder: true);
        g.Geopend.ShouldAllBe(t => t.Soort == Taaksoorten.Advies);
        g.Geopend.Count.ShouldBe(3);
        g.Stap.ShouldBe(new StapVoltooid(Triggers.Paraferen, "ParaafAfdelingshoofd", "InAdvies", null));
        g.Besluit.ShouldBeNull();
        g.Verzet.ShouldBeEmpty();
    }

    [Fact]
    public void Of_een_overgang_een_besluit_meldt_staat_in_de_definitie()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        var college = json["statussen"]!.AsArray().Single(x => (string?)x!["naam"] == "CollegeVanBW")!;
        college["overgangen"]!.AsArray().Single(o => (string?)o!["trigger"] == Triggers.Aanhouden)!.AsObject().Remove("mail");
        var zonderMail = WorkflowDefinitieLezer.Lees(json.ToJsonString(), "collegevoorstel-zonder-besluitmail.json");
        var s = Scenario.Nieuw(Inhouden.Volledig, zonderMail).Tot("CollegeVanBW");

        var g = Na(s, x => x.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(14)));

        g.Besluit.ShouldBeNull();
        g.Stap.ShouldNotBeNull().Trigger.ShouldBe(Triggers.Aanhouden);
    }

    [Fact]
    public void Een_advies_terwijl_andere_nog_openstaan_sluit_alleen_die_taak()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var financien = s.OpenTaken.Single(t => t.Aspect == Aspect.Financien);

        var g = Na(s, x => x.Adviseer(Aspect.Financien));

        g.Gesloten.ShouldBe([financien]);
        g.Geopend.ShouldBeEmpty();
        g.Stap.ShouldBe(new StapVoltooid(Triggers.AdviesUitbrengen, "InAdvies", "InAdvies", null));
    }

    [Fact]
    public void Aanhouden_door_het_college_is_een_besluit_en_verschuift_de_termijn_van_de_open_taak()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");
        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);
        var nieuw = Inhouden.GeplandBw.AddDays(14);

        var g = Na(s, x => x.CollegeHoudtAan(nieuw));

        g.Besluit.ShouldNotBeNull().Trigger.ShouldBe(Triggers.Aanhouden);
        g.Besluit.Omschrijving.ShouldBe(s.Voorstel.Gebeurtenissen.Last(x => x.Soort == Triggers.Aanhouden).Omschrijving);
        g.Verzet.ShouldBe([taak]);
        taak.Deadline.ShouldBe(nieuw);
        g.Gesloten.ShouldBeEmpty();
        g.Geopend.ShouldBeEmpty();
    }

    [Fact]
    public void Intrekken_sluit_alle_open_taken_en_draagt_de_reden()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var open = s.OpenTaken.ToList();

        var g = Na(s, x => x.Intrekken());

        g.Gesloten.ShouldBe(open, ignoreOrder: true);
        g.Stap!.Trigger.ShouldBe(Triggers.Intrekken);
        g.Stap.Reden.ShouldBe("Niet meer nodig.");
    }

    [Fact]
    public void Een_opmerking_wordt_gemeld_met_auteur_en_tekst_en_de_lijst_is_daarna_leeg()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        var g = Na(s, x => x.Voorstel.PlaatsOpmerking("  Is de dekking rond?  ", x.Context(Personen.Afdelingshoofd)));

        g.Opmerkingen.ShouldHaveSingleItem().ShouldBe(new OpmerkingGeplaatst(Personen.Afdelingshoofd, "Is de dekking rond?"));
        g.Stap.ShouldBeNull();
        s.Voorstel.NeemDomeingebeurtenissen().Lijst.ShouldBeEmpty();
    }

    [Fact]
    public void Elk_vergaderbesluit_meldt_wat_die_vergadering_besloot_ook_aanhouden_met_de_volgende_vergadering()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { RaadsbesluitNodig = true }).Tot("CollegeVanBW");
        var volgende = Inhouden.GeplandBw.AddDays(14);

        Na(s, x => x.CollegeHoudtAan(volgende)).Lijst.OfType<BesluitVastgelegd>().ShouldHaveSingleItem()
            .ShouldBe(new BesluitVastgelegd(Planningsdatums.GeplandBw, Inhouden.GeplandBw, Triggers.Aanhouden,
                "Eerst met de wijkraden bespreken.", null, volgende));
        Na(s, x => x.Voer(Personen.Bestuurssecretariaat, Triggers.Instemmen,
                new() { Datum = volgende, Volgnummer = 3, Tekst = "Het college stemt in." }))
            .Lijst.OfType<BesluitVastgelegd>().ShouldHaveSingleItem()
            .ShouldBe(new BesluitVastgelegd(Planningsdatums.GeplandBw, volgende, Triggers.Instemmen, "Het college stemt in.", 3, null));
        Na(s, x => x.RaadHoudtAan(new DateOnly(2025, 7, 10))).Lijst.OfType<BesluitVastgelegd>().ShouldHaveSingleItem()
            .ShouldBe(new BesluitVastgelegd(Planningsdatums.GeplandRaad, new DateOnly(2025, 6, 26), Triggers.RaadAanhouden,
                "Motie aangehouden.", null, new DateOnly(2025, 7, 10)));
    }

    [Fact]
    public void Een_registratienummer_wordt_gemeld_met_het_project_en_telt_mee_in_de_totalen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { ProjectId = 7 });

        var g = Na(s, x => x.Voorstel.KenRegistratienummerToe("25-00012"));

        g.Lijst.ShouldBe([new Geregistreerd("25-00012", 7)]);
        g.WijzigtProjecttotalen.ShouldBeTrue();
    }

    [Fact]
    public void Een_ander_project_wordt_gemeld_voor_een_voorstel_met_nummer_en_niet_voor_een_concept_zonder()
    {
        var concept = Scenario.Nieuw(Inhouden.Volledig with { ProjectId = 7 });
        Na(concept, x => x.Wijzig(i => i with { ProjectId = 8 })).WijzigtProjecttotalen.ShouldBeFalse("een concept zonder nummer staat niet in het overzicht");

        var s = Scenario.Nieuw(Inhouden.Volledig with { ProjectId = 7 });
        s.Voorstel.KenRegistratienummerToe("25-00013");
        s.Indienen().Voer(Personen.Afdelingshoofd, Triggers.Terugsturen, new() { Reden = "Hoort bij een ander project." });
        Na(s, x => x.Wijzig(i => i with { Onderwerp = "Alleen de titel" })).WijzigtProjecttotalen.ShouldBeFalse("zelfde project");

        var g = Na(s, x => x.Wijzig(i => i with { ProjectId = null }));

        g.Lijst.OfType<ProjectGewijzigd>().ShouldHaveSingleItem().ShouldBe(new ProjectGewijzigd(7, null));
        g.WijzigtProjecttotalen.ShouldBeTrue();
    }
}

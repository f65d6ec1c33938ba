using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>Exactly the buttons a person may use now.</summary>
public class VoorstelToegestaneActiesTests
{
    [Fact]
    public void De_steller_kan_een_concept_indienen_of_intrekken()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Indienen, Triggers.Intrekken]);
        s.ToegestaneActies(Personen.AndereSteller).ShouldBeEmpty();
        s.ToegestaneActies(Personen.Afdelingshoofd).ShouldBeEmpty();
    }

    [Fact]
    public void Bij_de_paraaf_ziet_de_steller_intrekken_en_het_afdelingshoofd_paraferen_en_terugsturen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Intrekken]);
        s.ToegestaneActies(Personen.Afdelingshoofd).ShouldBe([Triggers.Paraferen, Triggers.Terugsturen]);
        s.ToegestaneActies(Personen.AfdelingshoofdBedrijfsvoering).ShouldBeEmpty();
    }

    [Fact]
    public void Een_adviseur_met_een_open_verzoek_ziet_advies_uitbrengen_en_terugsturen()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");

        s.ToegestaneActies(Personen.Adviseur(Aspect.Financien)).ShouldBe([Triggers.AdviesUitbrengen, Triggers.Terugsturen]);
        s.ToegestaneActies(Personen.Adviseur(Aspect.Communicatie)).ShouldBeEmpty();
        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Intrekken]);
    }

    [Fact]
    public void Een_adviseur_die_heeft_geadviseerd_ziet_geen_knoppen_meer()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies").Adviseer(Aspect.Financien);

        s.ToegestaneActies(Personen.Adviseur(Aspect.Financien)).ShouldBeEmpty();
    }

    [Fact]
    public void Een_plaatsvervanger_ziet_de_knoppen_van_wie_hij_vervangt()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam");
        var vervanger = Personen.Plaatsvervanger(Personen.DtSecretaris, [Rollen.DtSecretaris]);

        s.ToegestaneActies(vervanger).ShouldBe([Triggers.DirectiebesluitVastleggen, Triggers.Terugsturen]);
    }

    [Fact]
    public void Een_trigger_met_meerdere_routes_verschijnt_als_één_knop()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam");

        s.ToegestaneActies(Personen.DtSecretaris).ShouldBe([Triggers.DirectiebesluitVastleggen, Triggers.Terugsturen]);
        s.Voorstel.ToegestaneActies(s.Context(Personen.DtSecretaris)).First().Titel.ShouldBe("Directiebesluit vastleggen");
    }

    [Fact]
    public void Bij_de_ondernemingsraad_ziet_de_or_secretaris_advies_vastleggen_en_terugsturen()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("OndernemingsRaad");

        s.ToegestaneActies(Personen.OrSecretaris).ShouldBe([Triggers.OrAdviesVastleggen, Triggers.Terugsturen]);
    }

    [Fact]
    public void Bij_het_college_ziet_het_bestuurssecretariaat_alle_uitkomsten()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");

        s.ToegestaneActies(Personen.Bestuurssecretariaat).ShouldBe(
            [Triggers.Instemmen, Triggers.InstemmenMetWijzigingen, Triggers.Aanhouden, Triggers.Afwijzen, Triggers.Terugsturen]);
        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Intrekken]);
    }

    [Fact]
    public void Bij_de_raad_ziet_de_griffie_de_raadsuitkomsten_en_de_steller_niets()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Gemeenteraad");

        s.ToegestaneActies(Personen.Griffie).ShouldBe([Triggers.RaadVaststellen, Triggers.RaadAanhouden, Triggers.RaadVerwerpen, Triggers.Terugsturen]);
        s.ToegestaneActies(Personen.Steller).ShouldBeEmpty();
    }

    [Fact]
    public void Een_teruggestuurd_voorstel_kan_de_steller_opnieuw_indienen_of_intrekken()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);

        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Herindienen, Triggers.Intrekken]);
        s.ToegestaneActies(Personen.DtSecretaris).ShouldBeEmpty();
    }

    [Fact]
    public void Niemand_ziet_ooit_de_automatische_overgang()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute);
        var iedereen = Personen.Iedereen.Append(Actor.Systeem).ToList();

        foreach (var status in new[] { "Concept", "ParaafAfdelingshoofd", "InAdvies", "Directieteam", "OndernemingsRaad", "CollegeVanBW", "Gemeenteraad", "Gepubliceerd" })
        {
            s.Tot(status);
            foreach (var persoon in iedereen)
                s.ToegestaneActies(persoon).ShouldNotContain(Triggers.AdviezenCompleet, $"{persoon.Id} in {status}");
        }
        s.ToegestaneActies(Actor.Systeem).ShouldBeEmpty();
    }

    [Fact]
    public void Wat_als_knop_verschijnt_kan_ook_worden_uitgevoerd_en_wat_niet_verschijnt_niet()
    {
        // For the college gate: every person, every trigger of the state, on a fresh proposal each time.
        var triggers = GeleverdeDefinities.Collegevoorstel.Status("CollegeVanBW").Overgangen.Select(o => o.Trigger).Distinct();
        foreach (var persoon in Personen.Iedereen)
        foreach (var trigger in triggers)
        {
            var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");
            var getoond = s.ToegestaneActies(persoon).Contains(trigger);
            var invoer = new ActieInvoer
            {
                Datum = Inhouden.GeplandBw, NieuweDatum = Inhouden.GeplandBw.AddDays(7), Tekst = "Besluit.", Reden = "Reden.",
            };

            var uitgevoerd = true;
            try { s.Voer(persoon, trigger, invoer); }
            catch (GeenToegangException) { uitgevoerd = false; }

            uitgevoerd.ShouldBe(getoond, $"{persoon.Id} / {trigger}");
        }
    }
}

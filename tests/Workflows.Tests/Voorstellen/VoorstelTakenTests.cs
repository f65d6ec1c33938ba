using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelTakenTests
{
    // ---- Who gets the task, and by when -------------------------------------------------------------------------

    [Fact]
    public void De_paraaf_gaat_naar_het_afdelingshoofd_van_de_afdeling_van_het_voorstel_binnen_drie_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        s.Indienen();

        var taak = s.OpenTaken.ShouldHaveSingleItem();
        taak.Soort.ShouldBe(Taaksoorten.Paraaf);
        taak.Rol.ShouldBe(Rollen.Afdelingshoofd);
        taak.HouderId.ShouldBe(Personen.Afdelingshoofd.Id);
        taak.HouderNaam.ShouldBe(Personen.Afdelingshoofd.Naam);
        taak.Status.ShouldBe("ParaafAfdelingshoofd");
        taak.Deadline.ShouldBe(new DateOnly(2025, 3, 6));
        taak.AangemaaktOp.ShouldBe(s.Klok.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Een_voorstel_van_een_andere_afdeling_gaat_naar_het_hoofd_van_die_afdeling()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { AfdelingId = Personen.AfdelingBedrijfsvoering });

        s.Indienen();

        s.OpenTaak(Taaksoorten.Paraaf).HouderId.ShouldBe(Personen.AfdelingshoofdBedrijfsvoering.Id);
    }

    [Fact]
    public void Een_termijn_die_over_het_weekend_loopt_telt_alleen_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        s.Klok.ZetOp(new DateOnly(2025, 3, 7)); // vrijdag

        s.Indienen();

        s.OpenTaak(Taaksoorten.Paraaf).Deadline.ShouldBe(new DateOnly(2025, 3, 12)); // woensdag
    }

    [Fact]
    public void Elk_vereist_aspect_krijgt_een_eigen_adviesverzoek_bij_zijn_adviseur_binnen_tien_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Indienen();

        s.Paraferen();

        var taken = s.OpenTaken.ToList();
        taken.Count.ShouldBe(3);
        foreach (var taak in taken)
        {
            taak.Soort.ShouldBe(Taaksoorten.Advies);
            taak.Rol.ShouldBe(Rollen.Adviseur);
            taak.HouderId.ShouldBe(Personen.Adviseur(taak.Aspect!.Value).Id);
            taak.Deadline.ShouldBe(new DateOnly(2025, 3, 17));
        }
    }

    [Fact]
    public void Het_directiebesluit_is_een_taak_van_de_dt_secretaris_tegen_de_geplande_dt_datum()
    {
        var geplandDt = new DateOnly(2025, 3, 25);
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandDt = geplandDt });

        s.Tot("Directieteam");

        var taak = s.OpenTaak(Taaksoorten.Directiebesluit);
        taak.HouderId.ShouldBe(Personen.DtSecretaris.Id);
        taak.Deadline.ShouldBe(geplandDt);
    }

    [Fact]
    public void Zonder_geplande_datum_krijgt_het_directiebesluit_de_termijn_in_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam");

        s.OpenTaak(Taaksoorten.Directiebesluit).Deadline.ShouldBe(new DateOnly(2025, 3, 17));
    }

    [Fact]
    public void Een_geplande_datum_die_al_voorbij_is_wijkt_voor_de_termijn_in_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { GeplandDt = new DateOnly(2025, 2, 25) });

        s.Tot("Directieteam");

        s.OpenTaak(Taaksoorten.Directiebesluit).Deadline.ShouldBe(new DateOnly(2025, 3, 17));
    }

    [Fact]
    public void Het_advies_van_de_ondernemingsraad_is_een_taak_van_de_or_secretaris_tegen_de_geplande_or_datum()
    {
        var geplandOr = new DateOnly(2025, 4, 2);
        var s = Scenario.Nieuw(Inhouden.Volledig.MetFormatie() with { GeplandOr = geplandOr });

        s.Tot("OndernemingsRaad");

        var taak = s.OpenTaak(Taaksoorten.OrAdvies);
        taak.HouderId.ShouldBe(Personen.OrSecretaris.Id);
        taak.Deadline.ShouldBe(geplandOr);
    }

    [Fact]
    public void Het_collegebesluit_is_een_taak_van_het_bestuurssecretariaat_tegen_de_geplande_collegedatum()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");

        var taak = s.OpenTaak(Taaksoorten.Collegebesluit);
        taak.HouderId.ShouldBe(Personen.Bestuurssecretariaat.Id);
        taak.Deadline.ShouldBe(Inhouden.GeplandBw);
    }

    [Fact]
    public void Het_raadsbesluit_is_een_taak_van_de_griffie_tegen_de_geplande_raadsdatum_of_binnen_veertig_werkdagen()
    {
        var geplandRaad = new DateOnly(2025, 6, 26);
        var gepland = Scenario.Nieuw(Inhouden.Volledig.MetRaadsbesluit() with { GeplandRaad = geplandRaad }).Tot("Gemeenteraad");
        var ongepland = Scenario.Nieuw(Inhouden.Volledig.MetRaadsbesluit()).Tot("Gemeenteraad");

        gepland.OpenTaak(Taaksoorten.Raadsbesluit).HouderId.ShouldBe(Personen.Griffie.Id);
        gepland.OpenTaak(Taaksoorten.Raadsbesluit).Deadline.ShouldBe(geplandRaad);
        ongepland.OpenTaak(Taaksoorten.Raadsbesluit).Deadline.ShouldBe(new DateOnly(2025, 4, 29)); // forty working days, Tweede Paasdag (21 April) not counted
    }

    [Fact]
    public void Herzien_is_een_taak_van_de_steller_binnen_vijf_werkdagen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen().StuurTerug(Personen.Afdelingshoofd);

        var taak = s.OpenTaak(Taaksoorten.Herzien);
        taak.HouderId.ShouldBe(Personen.Steller.Id);
        taak.Rol.ShouldBe(Rollen.Steller);
        taak.Deadline.ShouldBe(new DateOnly(2025, 3, 10));
    }

    // ---- Closing ------------------------------------------------------------------------------------------------

    [Fact]
    public void Wie_een_taak_afrondt_wordt_op_de_taak_vastgelegd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var taak = s.OpenTaak(Taaksoorten.Paraaf);

        s.Paraferen();

        taak.Toestand.ShouldBe(TaakStatus.Afgerond);
        taak.AfgerondDoorId.ShouldBe(Personen.Afdelingshoofd.Id);
        taak.AfgerondDoorNaam.ShouldBe(Personen.Afdelingshoofd.Naam);
        taak.Uitkomst.ShouldBe("Geparafeerd");
        taak.AfgerondOp.ShouldBe(s.Klok.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Een_uitgebracht_advies_rondt_alleen_de_eigen_adviestaak_af()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");

        s.Adviseer(Aspect.Financien);

        var afgerond = s.Voorstel.Taken.Single(t => t.Aspect == Aspect.Financien);
        afgerond.Toestand.ShouldBe(TaakStatus.Afgerond);
        afgerond.Uitkomst.ShouldBe("Instemming: ja");
        s.OpenTaken.Select(t => t.Aspect).ShouldBe([Aspect.Personeel, Aspect.Juridisch], ignoreOrder: true);
    }

    [Fact]
    public void Het_verlaten_van_een_status_laat_de_open_taken_vervallen()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        s.Adviseer(Aspect.Financien);

        s.StuurTerug(Personen.Adviseur(Aspect.Personeel));

        var taken = s.Voorstel.Taken.Where(t => t.Soort == Taaksoorten.Advies).ToDictionary(t => t.Aspect!.Value);
        taken[Aspect.Financien].Toestand.ShouldBe(TaakStatus.Afgerond);
        taken[Aspect.Personeel].Toestand.ShouldBe(TaakStatus.Afgerond);
        taken[Aspect.Personeel].Uitkomst.ShouldBe("Teruggestuurd");
        taken[Aspect.Juridisch].Toestand.ShouldBe(TaakStatus.Vervallen);
        taken[Aspect.Juridisch].Uitkomst.ShouldBe("Vervallen: terugsturen naar steller");
        taken[Aspect.Juridisch].AfgerondDoorId.ShouldBeNull();
    }

    // ---- Who may act ---------------------------------------------------------------------------------------------

    [Fact]
    public void Een_ander_afdelingshoofd_dan_de_houder_krijgt_geen_toegang()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        Should.Throw<GeenToegangException>(() => s.Voer(Personen.AfdelingshoofdBedrijfsvoering, Triggers.Paraferen))
            .Message.ShouldBe("U mag 'Paraferen' niet uitvoeren bij dit voorstel.");

        s.Status.ShouldBe("ParaafAfdelingshoofd");
        s.OpenTaak(Taaksoorten.Paraaf).IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void De_steller_kan_zijn_eigen_voorstel_niet_paraferen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        Should.Throw<GeenToegangException>(() => s.Voer(Personen.Steller, Triggers.Paraferen));
    }

    [Fact]
    public void Een_plaatsvervanger_met_dezelfde_rol_kan_namens_de_houder_handelen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var vervanger = Personen.Plaatsvervanger(Personen.Afdelingshoofd, [Rollen.Afdelingshoofd]);

        s.Voer(vervanger, Triggers.Paraferen);

        s.Status.ShouldNotBe("ParaafAfdelingshoofd");
        var taak = s.Voorstel.Taken.Single(t => t.Soort == Taaksoorten.Paraaf);
        taak.AfgerondDoorId.ShouldBe(vervanger.Id);
        taak.HouderId.ShouldBe(Personen.Afdelingshoofd.Id);
        s.Voorstel.ParaafAfdelingshoofdNaam.ShouldBe(vervanger.Naam);
    }

    [Fact]
    public void Een_plaatsvervanger_zonder_de_rol_van_de_taak_krijgt_geen_toegang()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var vervanger = Personen.Plaatsvervanger(Personen.Afdelingshoofd, [Rollen.Steller]);

        Should.Throw<GeenToegangException>(() => s.Voer(vervanger, Triggers.Paraferen));
        s.ToegestaneActies(vervanger).ShouldBeEmpty();
    }

    [Fact]
    public void Iemand_met_de_rol_maar_zonder_vervangingsregistratie_krijgt_geen_toegang()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam");
        var collega = new Actor("dt.secretaris2", "Andere DT-secretaris", new HashSet<string> { Rollen.DtSecretaris },
            new HashSet<Aspect>(), null, new HashSet<string>());

        Should.Throw<GeenToegangException>(() =>
            s.Voer(collega, Triggers.DirectiebesluitVastleggen, new() { Datum = s.Vandaag, Tekst = "Akkoord." }));
    }

    [Fact]
    public void Een_plaatsvervangend_adviseur_moet_adviseur_zijn_voor_hetzelfde_aspect()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetBudget()).Tot("InAdvies");
        var financien = Personen.Adviseur(Aspect.Financien);
        var verkeerdAspect = Personen.Plaatsvervanger(financien, [Rollen.Adviseur], [Aspect.Juridisch]);
        var juistAspect = Personen.Plaatsvervanger(financien, [Rollen.Adviseur], [Aspect.Financien]);
        var advies = new ActieInvoer { Instemming = true };

        Should.Throw<GeenToegangException>(() => s.Voer(verkeerdAspect, Triggers.AdviesUitbrengen, advies));
        s.Voer(juistAspect, Triggers.AdviesUitbrengen, advies);

        s.Voorstel.Aspecten.Single(a => a.Aspect == Aspect.Financien).AdviseurId.ShouldBe(juistAspect.Id);
    }

    [Fact]
    public void Een_adviseur_kan_niet_adviseren_op_het_aspect_van_een_ander()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetBudget()).Tot("InAdvies");

        Should.Throw<GeenToegangException>(() => s.Adviseer(Aspect.Juridisch));
        s.Status.ShouldBe("InAdvies");
    }

    [Fact]
    public void Een_adviseur_die_al_adviseerde_kan_niet_nog_eens_adviseren()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies").Adviseer(Aspect.Financien);

        Should.Throw<GeenToegangException>(() => s.Adviseer(Aspect.Financien, instemming: false));
        s.Voorstel.Aspecten.Single(a => a.Aspect == Aspect.Financien).Instemming.ShouldBe(true);
    }

    [Fact]
    public void Een_taak_die_niet_meer_open_staat_kan_niet_worden_gekozen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        Should.Throw<GeenToegangException>(() => s.Voer(Personen.Afdelingshoofd, Triggers.Paraferen, new() { TaakId = 999 }))
            .Message.ShouldBe("Deze taak staat niet (meer) open voor u.");
    }

    [Fact]
    public void Niemand_kan_de_automatische_overgang_zelf_afvuren()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetBudget()).Tot("InAdvies");

        foreach (var persoon in Personen.Iedereen)
            Should.Throw<GeenToegangException>(() => s.Voer(persoon, Triggers.AdviezenCompleet));
        s.Status.ShouldBe("InAdvies");
    }

    // ---- Missing holders -----------------------------------------------------------------------------------------

    [Fact]
    public void Zonder_adviseur_voor_een_vereist_aspect_stopt_de_paraaf_met_een_duidelijke_melding()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetBudget()).Indienen();
        s.Organisatie.Adviseurs.Remove(Aspect.Financien);

        Should.Throw<VoorstelFout>(() => s.Paraferen())
            .Message.ShouldBe("Er is geen adviseur Financiën bekend. Vraag de beheerder een adviseur aan te wijzen.");
    }

    [Fact]
    public void Zonder_houder_van_de_rol_stopt_de_overgang_met_een_duidelijke_melding()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        s.Organisatie.Rolhouders.Remove(Rollen.DtSecretaris);

        Should.Throw<VoorstelFout>(() => s.Paraferen())
            .Message.ShouldBe("Er is niemand met de rol 'Secretaris directieteam' voor deze stap. Vraag de beheerder de rol toe te wijzen.");
    }
}

using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelRouteTests
{
    [Fact]
    public void De_volledige_route_loopt_langs_advies_directieteam_ondernemingsraad_college_en_raad_tot_besloten()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute);

        s.Indienen();
        s.Status.ShouldBe("ParaafAfdelingshoofd");
        s.Paraferen();
        s.Status.ShouldBe("InAdvies");
        s.OpenTaken.Where(t => t.Soort == Taaksoorten.Advies).Select(t => t.Aspect)
            .ShouldBe([Aspect.Financien, Aspect.Personeel, Aspect.Juridisch], ignoreOrder: true);

        s.Adviseer(Aspect.Financien).Adviseer(Aspect.Personeel);
        s.Status.ShouldBe("InAdvies", "het juridisch advies ontbreekt nog");
        s.Adviseer(Aspect.Juridisch);
        s.Status.ShouldBe("Directieteam");

        s.LegDirectiebesluitVast();
        s.Status.ShouldBe("OndernemingsRaad");
        s.LegOrAdviesVast();
        s.Status.ShouldBe("CollegeVanBW");
        s.CollegeBesluit(Triggers.Instemmen);
        s.Status.ShouldBe("Gemeenteraad");
        s.RaadBesluit(Triggers.RaadVaststellen);

        // Openbaar: the decision is published at once (Woo).
        s.Status.ShouldBe("Gepubliceerd");
        s.Route.ShouldBe(["Concept", "ParaafAfdelingshoofd", "InAdvies", "Directieteam", "OndernemingsRaad", "CollegeVanBW", "Gemeenteraad", "Besloten", "Gepubliceerd"]);
        s.Voorstel.IsBeeindigd(s.Definitie).ShouldBeTrue();
        s.OpenTaken.ShouldBeEmpty();
        s.Voorstel.Directiebesluit!.PuntenLijst.ShouldBe(["1. Akkoord.", "2. Voor het overige conform advies."]);
        s.Voorstel.OrAdvies.ShouldBe("Positief advies.");
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Ingestemd);
        s.Voorstel.Raadsbesluit!.Uitkomst.ShouldBe(RaadUitkomst.Vastgesteld);
    }

    [Fact]
    public void Alle_adviezen_binnen_wordt_automatisch_door_het_systeem_vastgesteld()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Juridisch)).Tot("InAdvies");

        s.Adviseer(Aspect.Juridisch);

        var gebeurtenis = s.Voorstel.Gebeurtenissen.Single(g => g.Soort == Triggers.AdviezenCompleet);
        gebeurtenis.ActorId.ShouldBeNull();
        gebeurtenis.VanStatus.ShouldBe("InAdvies");
        gebeurtenis.NaarStatus.ShouldBe("Directieteam");
    }

    [Fact]
    public void Zonder_formatieve_consequenties_en_zonder_raadsbesluit_slaat_de_route_ondernemingsraad_en_raad_over()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Juridisch));

        s.Indienen().Paraferen().AlleAdviezen().LegDirectiebesluitVast();
        s.Status.ShouldBe("CollegeVanBW");
        s.CollegeBesluit(Triggers.Instemmen);

        s.Status.ShouldBe("Gepubliceerd");
        s.Route.ShouldBe(["Concept", "ParaafAfdelingshoofd", "InAdvies", "Directieteam", "CollegeVanBW", "Besloten", "Gepubliceerd"]);
        s.Voorstel.OrVereist.ShouldBeFalse();
        s.Voorstel.RaadVereist.ShouldBeFalse();
    }

    [Fact]
    public void Zonder_vereist_advies_gaat_het_voorstel_na_de_paraaf_meteen_naar_het_directieteam()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        s.Paraferen();

        s.Status.ShouldBe("Directieteam");
        s.Route.ShouldBe(["Concept", "ParaafAfdelingshoofd", "InAdvies", "Directieteam"]);
        s.Voorstel.Taken.ShouldNotContain(t => t.Soort == Taaksoorten.Advies);
        s.OpenTaak(Taaksoorten.Directiebesluit).HouderId.ShouldBe(Personen.DtSecretaris.Id);
    }

    [Fact]
    public void Een_raadsbesluit_zonder_budgettaire_gevolgen_brengt_het_voorstel_na_het_college_bij_de_raad()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetRaadsbesluit()).Tot("CollegeVanBW");

        s.CollegeBesluit(Triggers.InstemmenMetWijzigingen);

        s.Status.ShouldBe("Gemeenteraad");
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.IngestemdMetWijzigingen);
    }

    [Fact]
    public void Formatieve_consequenties_brengen_het_voorstel_na_het_directieteam_bij_de_ondernemingsraad()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetFormatie()).Tot("Directieteam");

        s.LegDirectiebesluitVast();

        s.Status.ShouldBe("OndernemingsRaad");
        s.OpenTaak(Taaksoorten.OrAdvies).HouderId.ShouldBe(Personen.OrSecretaris.Id);
    }

    [Fact]
    public void Een_negatief_advies_telt_als_uitgebracht_en_blijft_zichtbaar()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig.MetBudget()).Tot("InAdvies");

        s.Adviseer(Aspect.Financien, instemming: false);

        s.Status.ShouldBe("Directieteam");
        var financien = s.Voorstel.Aspecten.Single(a => a.Aspect == Aspect.Financien);
        financien.Instemming.ShouldBe(false);
        financien.Opmerking.ShouldBe("De dekking is onvoldoende onderbouwd.");
        financien.AdviseurId.ShouldBe(Personen.Adviseur(Aspect.Financien).Id);
    }

    [Fact]
    public void Indienen_legt_de_route_vast_die_de_inhoud_vraagt()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute);

        s.Indienen();

        s.Voorstel.IngediendOp.ShouldBe(Scenario.Startdag);
        s.Voorstel.OrVereist.ShouldBeTrue();
        s.Voorstel.RaadVereist.ShouldBeTrue();
        s.Voorstel.Aspecten.Where(a => a.Vereist).Select(a => a.Aspect)
            .ShouldBe([Aspect.Financien, Aspect.Personeel, Aspect.Juridisch], ignoreOrder: true);
    }

    [Fact]
    public void Paraferen_legt_naam_en_datum_van_de_paraaf_vast()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Indienen();

        s.Paraferen();

        s.Voorstel.ParaafAfdelingshoofdNaam.ShouldBe(Personen.Afdelingshoofd.Naam);
        s.Voorstel.ParaafAfdelingshoofdOp.ShouldBe(Scenario.Startdag);
    }

    [Fact]
    public void Elke_stap_komt_op_de_tijdlijn_met_wie_wat_deed()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        s.StuurTerug(Personen.Afdelingshoofd, "Onderwerp aanscherpen.");

        var g = s.Voorstel.Gebeurtenissen.Last();
        g.Soort.ShouldBe(Triggers.Terugsturen);
        g.ActorId.ShouldBe(Personen.Afdelingshoofd.Id);
        g.ActorNaam.ShouldBe(Personen.Afdelingshoofd.Naam);
        g.Reden.ShouldBe("Onderwerp aanscherpen.");
        g.VanStatus.ShouldBe("ParaafAfdelingshoofd");
        g.NaarStatus.ShouldBe("Teruggestuurd");
        g.Tijdstip.ShouldBe(s.Klok.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Een_trigger_die_in_de_huidige_status_niet_bestaat_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        var fout = Should.Throw<VoorstelFout>(() => s.Voer(Personen.Steller, Triggers.Paraferen));

        fout.Message.ShouldBe("'Paraferen' kan niet in de status 'Concept'.");
        s.Status.ShouldBe("Concept");
    }
}

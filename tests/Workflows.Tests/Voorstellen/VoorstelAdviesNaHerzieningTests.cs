using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>Advice stays valid after a revision unless the steller changed what it was about.</summary>
public class VoorstelAdviesNaHerzieningTests
{
    private static Bedrijfsvoeringsaspect Aspect(Scenario s, Aspect a) => s.Voorstel.Aspecten.Single(x => x.Aspect == a);

    [Theory]
    [InlineData("Directieteam")]
    [InlineData("OndernemingsRaad")]
    [InlineData("CollegeVanBW")]
    [InlineData("Gemeenteraad")]
    public void Een_herziening_buiten_de_bedrijfsvoeringsaspecten_laat_de_adviezen_staan(string poort)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(poort);
        s.StuurTerug(s.PoortwachterVan(poort));

        s.Wijzig(i => i with { Aanleiding = "Een nieuwe aanleiding.", Dictum = ["In te stemmen.", "Het buurtbudget te verdubbelen."] }).Herindienen();

        s.Status.ShouldBe(poort);
        s.Voorstel.Aspecten.Where(a => a.Vereist).ShouldAllBe(a => a.HeeftGeldigAdvies);
        s.Voorstel.Gebeurtenissen.ShouldNotContain(g => g.Soort == "AdviesVervallen");
    }

    [Fact]
    public void Wijzigt_de_steller_de_financiële_gevolgen_dan_vervalt_alleen_het_financiële_advies()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);

        s.Wijzig(i => i with { Kosten = 75_000m }).Herindienen();

        s.Status.ShouldBe("InAdvies");
        Aspect(s, Workflows.Voorstellen.Aspect.Financien).HeeftGeldigAdvies.ShouldBeFalse();
        Aspect(s, Workflows.Voorstellen.Aspect.Financien).Instemming.ShouldBe(true, "het oude advies blijft bewaard");
        Aspect(s, Workflows.Voorstellen.Aspect.Personeel).HeeftGeldigAdvies.ShouldBeTrue();
        Aspect(s, Workflows.Voorstellen.Aspect.Juridisch).HeeftGeldigAdvies.ShouldBeTrue();
        var taak = s.OpenTaken.ShouldHaveSingleItem();
        taak.Aspect.ShouldBe(Workflows.Voorstellen.Aspect.Financien);
        s.Voorstel.Gebeurtenissen.ShouldContain(g => g.Soort == "AdviesVervallen" && g.Omschrijving.Contains("Financiën"));
    }

    [Fact]
    public void Na_het_nieuwe_advies_loopt_de_route_weer_via_het_directieteam()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);
        s.Wijzig(i => i with { Dekking = "Uit de algemene reserve" }).Herindienen();

        s.Adviseer(Workflows.Voorstellen.Aspect.Financien);

        s.Status.ShouldBe("Directieteam");
    }

    [Fact]
    public void Ook_na_terugsturen_door_het_college_gaat_een_gewijzigd_aspect_opnieuw_in_advies_en_daarna_langs_alle_poorten()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("CollegeVanBW").StuurTerug(Personen.Bestuurssecretariaat);

        s.Wijzig(i => i.MetAdviesGevraagd(Workflows.Voorstellen.Aspect.Juridisch, "Nieuwe juridische toets.")).Herindienen();

        s.Status.ShouldBe("InAdvies");
        s.OpenTaken.ShouldHaveSingleItem().Aspect.ShouldBe(Workflows.Voorstellen.Aspect.Juridisch);
        s.Adviseer(Workflows.Voorstellen.Aspect.Juridisch).LegDirectiebesluitVast().LegOrAdviesVast();
        s.Status.ShouldBe("CollegeVanBW");
    }

    [Fact]
    public void Wijzigt_de_steller_de_personele_gevolgen_dan_vervalt_het_personeelsadvies()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("OndernemingsRaad").StuurTerug(Personen.OrSecretaris);

        s.Wijzig(i => i with { Fte = 1.0m }).Herindienen();

        s.Status.ShouldBe("InAdvies");
        s.OpenTaken.ShouldHaveSingleItem().Aspect.ShouldBe(Workflows.Voorstellen.Aspect.Personeel);
    }

    [Fact]
    public void Een_nieuw_gevraagd_advies_na_terugsturen_door_het_directieteam_gaat_alleen_voor_dat_aspect_in_advies()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);

        s.Wijzig(i => i.MetAdviesGevraagd(Workflows.Voorstellen.Aspect.Communicatie, "Persbericht na besluit.")).Herindienen();

        s.Status.ShouldBe("InAdvies");
        s.OpenTaken.ShouldHaveSingleItem().Aspect.ShouldBe(Workflows.Voorstellen.Aspect.Communicatie);
        s.OpenTaken.Single().HouderId.ShouldBe(Personen.Adviseur(Workflows.Voorstellen.Aspect.Communicatie).Id);
    }

    [Fact]
    public void Na_terugsturen_door_de_paraaf_is_er_nog_geen_adviesronde_geweest()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Indienen().StuurTerug(Personen.Afdelingshoofd);

        s.Wijzig(i => i with { Kosten = 80_000m }).Herindienen();

        s.Status.ShouldBe("ParaafAfdelingshoofd");
        s.Voorstel.AdviesrondeGehouden.ShouldBeFalse();
    }

    [Fact]
    public void Een_wijziging_die_wordt_teruggedraaid_laat_het_advies_geldig()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);

        s.Wijzig(i => i with { Kosten = 75_000m }).Wijzig(i => i with { Kosten = 60_000m }).Herindienen();

        s.Status.ShouldBe("Directieteam");
        Aspect(s, Workflows.Voorstellen.Aspect.Financien).HeeftGeldigAdvies.ShouldBeTrue();
    }
}

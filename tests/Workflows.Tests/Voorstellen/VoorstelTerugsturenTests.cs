using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelTerugsturenTests
{
    private static readonly string[] PoortNamen = ["ParaafAfdelingshoofd", "InAdvies", "Directieteam", "OndernemingsRaad", "CollegeVanBW", "Gemeenteraad"];

    public static TheoryData<string> Poorten => new(PoortNamen);

    [Fact]
    public void Elke_poort_van_de_definitie_kan_terugsturen()
    {
        var terugsturend = GeleverdeDefinities.Collegevoorstel.Statussen
            .Where(s => s.Overgangen.Any(o => o.Trigger == Triggers.Terugsturen)).Select(s => s.Naam);

        terugsturend.ShouldBe(PoortNamen, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Poorten))]
    public void Terugsturen_zonder_reden_wordt_geweigerd(string poort)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(poort);
        var open = s.OpenTaken.ToList();

        var fout = Should.Throw<ActieOngeldigException>(() => s.StuurTerug(s.PoortwachterVan(poort), reden: "  "));

        fout.Fouten.GetValueOrDefault(nameof(ActieInvoer.Reden)).ShouldBe("Geef aan waarom u het voorstel terugstuurt; de steller ziet deze reden.");
        s.Status.ShouldBe(poort);
        s.OpenTaken.ShouldBe(open);
    }

    [Theory]
    [MemberData(nameof(Poorten))]
    public void Terugsturen_legt_het_voorstel_met_een_herzieningstaak_bij_de_steller(string poort)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(poort);
        var poortwachter = s.PoortwachterVan(poort);
        var taakVanPoortwachter = s.OpenTaken.First(t => t.HouderId == poortwachter.Id);

        s.StuurTerug(poortwachter, "Graag de dekking uitwerken.");

        s.Status.ShouldBe("Teruggestuurd");
        s.Voorstel.TeruggestuurdVanuit.ShouldBe(poort);
        s.Voorstel.Gebeurtenissen.Last().Reden.ShouldBe("Graag de dekking uitwerken.");
        taakVanPoortwachter.Toestand.ShouldBe(TaakStatus.Afgerond);
        taakVanPoortwachter.Uitkomst.ShouldBe("Teruggestuurd");
        var herzien = s.OpenTaken.ShouldHaveSingleItem();
        herzien.Soort.ShouldBe(Taaksoorten.Herzien);
        herzien.HouderId.ShouldBe(Personen.Steller.Id);
        s.Voorstel.IsBewerkbaar(s.Definitie).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Poorten))]
    public void Herindienen_hervat_de_route_bij_de_poort_die_terugstuurde(string poort)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(poort);
        s.StuurTerug(s.PoortwachterVan(poort));
        var herzien = s.OpenTaak(Taaksoorten.Herzien);

        s.Wijzig(i => i with { SamenvattingHoe = "Met de wijkteams, bewoners en de wijkraad." }).Herindienen();

        s.Status.ShouldBe(poort);
        herzien.Toestand.ShouldBe(TaakStatus.Afgerond);
        s.Voorstel.SamenvattingHoe.ShouldBe("Met de wijkteams, bewoners en de wijkraad.");
        s.OpenTaken.ShouldNotBeEmpty();
        s.OpenTaken.ShouldAllBe(t => t.Status == poort);
    }

    [Fact]
    public void Na_terugsturen_in_advies_vraagt_herindienen_alleen_de_adviezen_die_nog_ontbreken()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        s.Adviseer(Aspect.Financien);
        s.StuurTerug(Personen.Adviseur(Aspect.Juridisch), "De juridische paragraaf ontbreekt.");
        s.OpenTaken.ShouldNotContain(t => t.Soort == Taaksoorten.Advies, "de open adviesverzoeken vervallen bij het terugsturen");

        s.Wijzig(i => i.MetAdviesGevraagd(Aspect.Juridisch, "Getoetst aan de Awb.")).Herindienen();

        s.Status.ShouldBe("InAdvies");
        s.OpenTaken.Select(t => t.Aspect).ShouldBe([Aspect.Personeel, Aspect.Juridisch], ignoreOrder: true);
        s.Voorstel.Aspecten.Single(a => a.Aspect == Aspect.Financien).HeeftGeldigAdvies.ShouldBeTrue();
    }

    [Fact]
    public void Een_herindiening_zonder_herziening_gaat_ook_terug_naar_de_poort()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam").StuurTerug(Personen.DtSecretaris);

        s.Herindienen();

        s.Status.ShouldBe("Directieteam");
    }
}

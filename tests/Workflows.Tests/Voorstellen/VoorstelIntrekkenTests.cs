using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelIntrekkenTests
{
    [Theory]
    [InlineData("Concept")]
    [InlineData("ParaafAfdelingshoofd")]
    [InlineData("InAdvies")]
    [InlineData("Directieteam")]
    [InlineData("OndernemingsRaad")]
    [InlineData("CollegeVanBW")]
    public void De_steller_kan_intrekken_zolang_het_college_niet_heeft_besloten(string status)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(status);
        var open = s.OpenTaken.ToList();

        s.Intrekken();

        s.Status.ShouldBe("Ingetrokken");
        s.Voorstel.IsBeeindigd(s.Definitie).ShouldBeTrue();
        s.OpenTaken.ShouldBeEmpty();
        open.ShouldAllBe(t => t.Toestand == TaakStatus.Vervallen && t.Uitkomst == "Vervallen: intrekken");
        s.Voorstel.Gebeurtenissen.Last().Reden.ShouldBe("Niet meer nodig.");
    }

    [Fact]
    public void Intrekken_zonder_reden_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        var fout = Should.Throw<ActieOngeldigException>(() => s.Voer(Personen.Steller, Triggers.Intrekken, new()));

        fout.Fouten.GetValueOrDefault(nameof(ActieInvoer.Reden)).ShouldBe("Geef aan waarom u het voorstel intrekt.");
        s.Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public void Een_teruggestuurd_voorstel_kan_worden_ingetrokken_als_het_college_nog_niet_besloot()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW").StuurTerug(Personen.Bestuurssecretariaat);

        s.Intrekken();

        s.Status.ShouldBe("Ingetrokken");
    }

    [Fact]
    public void Na_aanhouden_door_het_college_kan_een_teruggestuurd_voorstel_nog_worden_ingetrokken()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");
        s.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(7)).StuurTerug(Personen.Bestuurssecretariaat);

        s.Intrekken();

        s.Status.ShouldBe("Ingetrokken");
    }

    [Theory]
    [InlineData(Triggers.Instemmen)]
    [InlineData(Triggers.InstemmenMetWijzigingen)]
    public void Na_instemming_van_het_college_kan_een_teruggestuurd_voorstel_niet_meer_worden_ingetrokken(string collegebesluit)
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("CollegeVanBW").CollegeBesluit(collegebesluit);
        s.StuurTerug(Personen.Griffie, "Amendement verwerken.");

        var fout = Should.Throw<VoorstelFout>(() => s.Intrekken());

        fout.ShouldBeOfType<VoorstelFout>();
        fout.Message.ShouldBe("'Intrekken' kan nu niet: niet aan alle voorwaarden is voldaan.");
        s.Status.ShouldBe("Teruggestuurd");
        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Herindienen]);
    }

    [Fact]
    public void Bij_de_gemeenteraad_kan_niet_meer_worden_ingetrokken()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("Gemeenteraad");

        var fout = Should.Throw<VoorstelFout>(() => s.Intrekken());

        fout.Message.ShouldBe("'Intrekken' kan niet in de status 'Gemeenteraad'.");
        s.Definitie.Status("Gemeenteraad").Overgangen.ShouldNotContain(o => o.Trigger == Triggers.Intrekken);
        s.Status.ShouldBe("Gemeenteraad");
    }

    [Fact]
    public void Alleen_de_steller_kan_intrekken()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        Should.Throw<GeenToegangException>(() => s.Voer(Personen.Afdelingshoofd, Triggers.Intrekken, new() { Reden = "Weg ermee." }));
        Should.Throw<GeenToegangException>(() => s.Voer(Personen.AndereSteller, Triggers.Intrekken, new() { Reden = "Weg ermee." }));

        s.Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public void Een_plaatsvervanger_van_de_steller_met_de_rol_steller_kan_intrekken()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var vervanger = Personen.Plaatsvervanger(Personen.Steller, [Rollen.Steller]);

        s.Voer(vervanger, Triggers.Intrekken, new() { Reden = "Namens de steller." });

        s.Status.ShouldBe("Ingetrokken");
    }
}

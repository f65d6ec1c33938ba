using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelRegelbevindingTests
{
    [Fact]
    public void Een_regelbevinding_komt_in_de_tijdlijn_en_verandert_verder_niets()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var (status, revisie, versie) = (s.Voorstel.Status, s.Voorstel.Revisie, s.Voorstel.Versie);

        s.Voorstel.NoteerRegelbevinding("RegelBlokkeert", "'Indienen' geweigerd: embargo te vroeg (regelset poort-indienen versie 1)",
            Personen.Steller, new DateTime(2021, 1, 11, 9, 0, 0, DateTimeKind.Utc));

        var g = s.Voorstel.Gebeurtenissen[^1];
        g.Soort.ShouldBe("RegelBlokkeert");
        g.ActorNaam.ShouldBe(Personen.Steller.Naam);
        g.Omschrijving.ShouldContain("poort-indienen versie 1");
        g.VanStatus.ShouldBeNull();
        (s.Voorstel.Status, s.Voorstel.Revisie, s.Voorstel.Versie).ShouldBe((status, revisie, versie));
    }
}

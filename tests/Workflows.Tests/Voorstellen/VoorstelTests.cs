using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelTests
{
    [Fact]
    public void Een_nieuw_concept_begint_in_de_beginstatus_van_zijn_workflow()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        s.Status.ShouldBe("Concept");
        s.Voorstel.WorkflowNaam.ShouldBe("collegevoorstel");
        s.Voorstel.StellerId.ShouldBe(Personen.Steller.Id);
        s.Voorstel.Aspecten.Select(a => a.Aspect).ShouldBe(Enum.GetValues<Aspect>());
        s.Voorstel.Gebeurtenissen.ShouldHaveSingleItem().Soort.ShouldBe("Aangemaakt");
    }

    [Fact]
    public void Alleen_een_steller_kan_een_concept_opstellen()
    {
        Should.Throw<GeenToegangException>(() =>
            Voorstel.NieuwConcept(GeleverdeDefinities.Collegevoorstel, Personen.Afdelingshoofd, Guid.NewGuid(), Inhouden.Volledig, DateTime.UtcNow));
    }

    [Fact]
    public void De_steller_kan_de_inhoud_alleen_wijzigen_in_een_bewerkbare_status()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        s.Wijzig(i => i with { Onderwerp = "Aangepast onderwerp" });
        s.Voorstel.Onderwerp.ShouldBe("Aangepast onderwerp");

        s.Indienen();

        Should.Throw<VoorstelFout>(() => s.Wijzig(i => i with { Onderwerp = "Te laat" }))
            .Message.ShouldBe("In de status 'Paraaf afdelingshoofd' kan de inhoud niet meer worden gewijzigd.");
    }

    [Fact]
    public void Alleen_de_steller_kan_de_inhoud_wijzigen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        Should.Throw<GeenToegangException>(() => s.Voorstel.WijzigInhoud(Inhouden.Volledig, s.Context(Personen.AndereSteller), null));
    }

    [Fact]
    public void Een_voorstel_krijgt_zijn_registratienummer_voor_het_indienen_en_maar_één_keer()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        Should.Throw<InvalidOperationException>(() => s.Voorstel.Voer(Triggers.Indienen, new(), s.Context(Personen.Steller)));
        s.Voorstel.KenRegistratienummerToe("14-10749");
        Should.Throw<InvalidOperationException>(() => s.Voorstel.KenRegistratienummerToe("14-10750"));

        s.Indienen();
        s.Voorstel.Registratienummer.ShouldBe("14-10749");
        s.Voorstel.Gebeurtenissen.Last().Omschrijving.ShouldBe("Ingediend met registratienummer 14-10749");
    }

    [Theory]
    [InlineData(Openbaarheid.Ja, null, "2025-03-03", true)]
    [InlineData(Openbaarheid.Nee, null, "2025-03-03", false)]
    [InlineData(Openbaarheid.Uitgesteld, "2025-03-03", "2025-03-03", false)]
    [InlineData(Openbaarheid.Uitgesteld, "2025-03-03", "2025-03-04", true)]
    public void Een_uitgesteld_openbaar_voorstel_wordt_openbaar_na_de_embargodatum(Openbaarheid openbaarheid, string? na, string vandaag, bool openbaar)
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { Openbaarheid = openbaarheid, OpenbaarNa = na is null ? null : DateOnly.Parse(na) });

        s.Voorstel.IsOpenbaarOp(DateOnly.Parse(vandaag)).ShouldBe(openbaar);
    }

    [Fact]
    public void Het_dictum_wordt_genummerd_en_lege_punten_vallen_weg()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { Dictum = ["Eerste punt ", "", "Tweede punt"] });

        s.Voorstel.Dictum.Select(d => (d.Volgorde, d.Tekst)).ShouldBe([(1, "Eerste punt"), (2, "Tweede punt")]);
    }

    [Fact]
    public void Een_plaatsvervanger_van_de_steller_telt_alleen_met_de_rol_steller_als_steller()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        s.Voorstel.IsVanSteller(Personen.Plaatsvervanger(Personen.Steller, [Rollen.Steller])).ShouldBeTrue();
        s.Voorstel.IsVanSteller(Personen.Plaatsvervanger(Personen.Steller, [Rollen.Afdelingshoofd])).ShouldBeFalse();
        s.Voorstel.IsVanSteller(Personen.AndereSteller).ShouldBeFalse();
    }
}

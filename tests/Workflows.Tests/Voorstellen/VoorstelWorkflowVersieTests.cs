using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>A proposal keeps the definition version it started on; a new version only applies to new proposals.</summary>
public class VoorstelWorkflowVersieTests
{
    /// <summary>Version 3 of the route (the shipped one is 2), in which submitting skips the afdelingshoofd's paraaf.</summary>
    private static WorkflowDefinitie ZonderParaaf()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        json["versie"] = 3;
        var concept = json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == "Concept")!;
        concept["overgangen"]!.AsArray().Single(o => (string?)o!["trigger"] == Triggers.Indienen)!["naar"] = "InAdvies";
        return WorkflowDefinitieLezer.Lees(json.ToJsonString(), "collegevoorstel-v3.json");
    }

    [Fact]
    public void Een_voorstel_onthoudt_de_versie_van_de_workflow_waarop_het_begon()
    {
        var v1 = Scenario.Nieuw(Inhouden.Volledig);
        var v2 = Scenario.Nieuw(Inhouden.Volledig, ZonderParaaf());

        v1.Voorstel.WorkflowVersie.ShouldBe(2);
        v2.Voorstel.WorkflowVersie.ShouldBe(3);
        v2.Voorstel.WorkflowNaam.ShouldBe("collegevoorstel");
    }

    [Fact]
    public void Elk_voorstel_volgt_de_route_van_zijn_eigen_versie()
    {
        var v1 = Scenario.Nieuw(Inhouden.Volledig.MetBudget());
        var v2 = Scenario.Nieuw(Inhouden.Volledig.MetBudget(), ZonderParaaf());

        v1.Indienen();
        v2.Indienen();

        v1.Status.ShouldBe("ParaafAfdelingshoofd");
        v2.Status.ShouldBe("InAdvies");
    }

    [Fact]
    public void Voeren_met_de_definitie_van_een_andere_versie_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var ctx = s.Context(Personen.Steller) with { Definitie = ZonderParaaf() };
        s.Voorstel.KenRegistratienummerToe("25-00099");

        var fout = Should.Throw<InvalidOperationException>(() => s.Voorstel.Voer(Triggers.Indienen, new(), ctx));

        fout.Message.ShouldContain("loopt op workflow 'collegevoorstel' v2, niet op 'collegevoorstel' v3");
        s.Status.ShouldBe("Concept");
    }

    [Fact]
    public void Knoppen_en_wijzigingen_met_de_definitie_van_een_andere_versie_worden_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var ctx = s.Context(Personen.Steller) with { Definitie = GeleverdeDefinities.CollegevoorstelVersie(4) };

        Should.Throw<InvalidOperationException>(() => s.Voorstel.ToegestaneActies(ctx));
        Should.Throw<InvalidOperationException>(() => s.Voorstel.WijzigInhoud(Inhouden.Volledig, ctx, null));
    }
}

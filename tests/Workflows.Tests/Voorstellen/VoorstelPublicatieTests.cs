using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// Woo publication: a decision of a public proposal is published at once, one with openbaarheid "uitgesteld" on the
/// first day after the embargo date and never before, a non-public one never. A rejection is a decision and is
/// published with its outcome. Version 1 of the route has no Gepubliceerd state: there only the day is recorded.
/// </summary>
public class VoorstelPublicatieTests
{
    private static readonly DateOnly Embargo = Inhouden.GeplandBw.AddDays(30);

    private static VoorstelInhoud Uitgesteld => Inhouden.Volledig with { Openbaarheid = Openbaarheid.Uitgesteld, OpenbaarNa = Embargo };

    private static void Publiceer(Scenario s) => s.Voorstel.Publiceer(s.Context(Actor.Systeem));

    [Fact]
    public void Een_openbaar_besluit_wordt_bij_het_besluit_gepubliceerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");

        s.CollegeBesluit(Triggers.Instemmen);

        s.Status.ShouldBe("Gepubliceerd");
        s.Voorstel.GepubliceerdOp.ShouldBe(s.Vandaag);
        var regel = s.Voorstel.Gebeurtenissen.Single(g => g.Soort == Triggers.Publiceren);
        (regel.VanStatus, regel.NaarStatus, regel.ActorId).ShouldBe(("Besloten", "Gepubliceerd", null));
        s.Voorstel.NeemDomeingebeurtenissen().Publicatiedag.ShouldBe(new Gepubliceerd(s.Vandaag));
    }

    [Fact]
    public void Een_uitgesteld_besluit_krijgt_de_eerste_dag_na_de_uitsteldatum_als_publicatiedag()
    {
        var s = Scenario.Nieuw(Uitgesteld).Tot("CollegeVanBW");
        s.Voorstel.NeemDomeingebeurtenissen();

        s.CollegeBesluit(Triggers.Instemmen);

        s.Status.ShouldBe("Besloten");
        s.Voorstel.GepubliceerdOp.ShouldBeNull();
        s.Voorstel.NeemDomeingebeurtenissen().Publicatie.ShouldBe(new PublicatieGepland(Embargo.AddDays(1)));
    }

    [Fact]
    public void Een_uitgesteld_besluit_wordt_op_de_uitsteldatum_niet_gepubliceerd_en_de_dag_erna_wel()
    {
        var s = Scenario.Nieuw(Uitgesteld).Tot("Besloten");

        s.Klok.ZetOp(Embargo.AddDays(-1));
        Should.Throw<VoorstelFout>(() => Publiceer(s)).Message.ShouldContain("uitgesteld tot na 15 mei 2025");
        s.Klok.ZetOp(Embargo);
        Should.Throw<VoorstelFout>(() => Publiceer(s));
        s.Status.ShouldBe("Besloten");
        s.Voorstel.GepubliceerdOp.ShouldBeNull();

        s.Klok.ZetOp(Embargo.AddDays(1));
        Publiceer(s);

        s.Status.ShouldBe("Gepubliceerd");
        s.Voorstel.GepubliceerdOp.ShouldBe(Embargo.AddDays(1));
        Should.Throw<VoorstelFout>(() => Publiceer(s)).Message.ShouldBe("Dit besluit is al gepubliceerd.");
    }

    [Fact]
    public void Een_niet_openbaar_besluit_wordt_nooit_gepubliceerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { Openbaarheid = Openbaarheid.Nee }).Tot("CollegeVanBW");

        s.CollegeBesluit(Triggers.Instemmen);
        s.Klok.ZetOp(s.Vandaag.AddYears(20));

        s.Status.ShouldBe("Besloten");
        Should.Throw<VoorstelFout>(() => Publiceer(s)).Message.ShouldBe("Dit voorstel is niet openbaar en wordt niet gepubliceerd.");
        s.Voorstel.GepubliceerdOp.ShouldBeNull();
        s.Voorstel.NeemDomeingebeurtenissen().Publicatie.ShouldBeNull();
    }

    [Fact]
    public void Een_afwijzing_wordt_gepubliceerd_met_haar_uitkomst()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");

        s.CollegeBesluit(Triggers.Afwijzen);

        s.Status.ShouldBe("Gepubliceerd");
        s.Route.TakeLast(2).ShouldBe(["Afgewezen", "Gepubliceerd"]);
        s.Voorstel.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Afgewezen);
    }

    [Fact]
    public void Zonder_besluit_wordt_niets_gepubliceerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");
        s.CollegeHoudtAan(Inhouden.GeplandBw.AddDays(14));

        Should.Throw<VoorstelFout>(() => Publiceer(s)).Message.ShouldContain("geen besluit");
        s.Intrekken();
        Should.Throw<VoorstelFout>(() => Publiceer(s)).Message.ShouldContain("geen besluit");
        s.Voorstel.GepubliceerdOp.ShouldBeNull();
    }

    [Fact]
    public void Alleen_het_systeem_publiceert()
    {
        var s = Scenario.Nieuw(Uitgesteld).Tot("Besloten");
        s.Klok.ZetOp(Embargo.AddDays(1));

        Should.Throw<GeenToegangException>(() => s.Voorstel.Publiceer(s.Context(Personen.Bestuurssecretariaat)));
        s.ToegestaneActies(Personen.Bestuurssecretariaat).ShouldBeEmpty();
    }

    [Fact]
    public void De_guard_openbaar_houdt_zonder_datum_nooit_stand()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        Guards.Bouw(Guards.Openbaar, s.Voorstel)().ShouldBeFalse();
        Guards.Bouw(Guards.Openbaar, s.Voorstel, s.Vandaag)().ShouldBeTrue();
        Guards.Bouw("!" + Guards.Openbaar, s.Voorstel, s.Vandaag)().ShouldBeFalse();
    }

    /// <summary>The shipped route as version 1 was: no Publiceren and no Gepubliceerd.</summary>
    private static WorkflowDefinitie Versie1()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        json["versie"] = 1;
        var statussen = json["statussen"]!.AsArray();
        statussen.Remove(statussen.Single(s => (string?)s!["naam"] == "Gepubliceerd"));
        foreach (var s in statussen.OfType<JsonObject>().Where(s => s["eind"] is not null)) s.Remove("overgangen");
        return WorkflowDefinitieLezer.Lees(json.ToJsonString(), "collegevoorstel-v1.json");
    }

    [Fact]
    public void Op_versie_1_wordt_een_openbaar_besluit_gepubliceerd_zonder_van_status_te_veranderen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig, Versie1()).Tot("CollegeVanBW");

        s.CollegeBesluit(Triggers.Instemmen);

        s.Status.ShouldBe("Besloten");
        s.Voorstel.GepubliceerdOp.ShouldBe(s.Vandaag);
        s.Voorstel.Gebeurtenissen.Single(g => g.Soort == Triggers.Publiceren).Omschrijving
            .ShouldContain("workflowversie 1 kent geen status Gepubliceerd");
    }

    [Fact]
    public void Op_versie_1_wordt_een_uitgesteld_besluit_na_de_uitsteldatum_gepubliceerd()
    {
        var s = Scenario.Nieuw(Uitgesteld, Versie1()).Tot("Besloten");
        s.Klok.ZetOp(Embargo);
        Should.Throw<VoorstelFout>(() => Publiceer(s));

        s.Klok.ZetOp(Embargo.AddDays(1));
        Publiceer(s);

        s.Status.ShouldBe("Besloten");
        s.Voorstel.GepubliceerdOp.ShouldBe(Embargo.AddDays(1));
    }
}

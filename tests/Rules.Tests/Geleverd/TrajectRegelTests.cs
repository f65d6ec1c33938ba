using Besluitvorming.Rules.Feiten;
using Besluitvorming.Rules.Tests.Ondersteuning;

namespace Besluitvorming.Rules.Tests.Geleverd;

/// <summary>The gate of completing a traject step (poort-traject-afronden), rule by rule, on a traject's facts.</summary>
public class TrajectRegelTests
{
    private static Bevinding Regel(string regel, TrajectFeiten feiten) =>
        Ondersteuning.Geleverd.Beoordelaar.Beoordeel(Ondersteuning.Geleverd.Set("poort-traject-afronden"), feiten).Bevindingen.Single(b => b.Regel == regel);

    [Theory]
    [InlineData("BedrijfsplanEnExploitatie", new[] { "VisieEnActiviteitenplan:Plan" }, true)]
    [InlineData("BedrijfsplanEnExploitatie", new[] { "Stakeholderbijeenkomst:Verslag", "BedrijfsplanEnExploitatie:Plan" }, false)]
    [InlineData("BedrijfsplanEnExploitatie", new[] { "VisieEnActiviteitenplan:Verslag" }, false)]
    [InlineData("Trainingsbijeenkomsten", new string[0], true)]
    public void Bedrijfsplan_vraagt_het_plan_van_visie_en_activiteitenplan(string stap, string[] bewijsPerStap, bool geslaagd)
    {
        var b = Regel("Bedrijfsplan bouwt op het activiteitenplan",
            new TrajectFeiten { Stap = stap, Traject = "Wijkhuis De Haard", BewijsPerStap = bewijsPerStap });
        b.Geslaagd.ShouldBe(geslaagd);
        b.IsBlokkerend.ShouldBe(!geslaagd);
        if (!geslaagd) b.Melding.ShouldStartWith("Het bedrijfsplan van Wijkhuis De Haard bouwt op de visie");
    }

    [Theory]
    [InlineData("Stakeholderbijeenkomst", true, true)]
    [InlineData("Stakeholderbijeenkomst", false, false)]
    [InlineData("Veerkrachtdialoog", false, true)]
    public void Bij_de_stakeholderbijeenkomst_waarschuwt_een_ontbrekende_opmerking(string stap, bool opmerking, bool geslaagd)
    {
        var b = Regel("Stakeholders genoemd bij de bijeenkomst", new TrajectFeiten { Stap = stap, HeeftOpmerking = opmerking });
        b.Geslaagd.ShouldBe(geslaagd);
        b.IsWaarschuwing.ShouldBe(!geslaagd);
    }

    [Fact]
    public void Een_trajectregel_die_een_feit_van_een_voorstel_noemt_compileert_niet()
    {
        static string Json(string naam) => $$"""
            { "WorkflowName": "{{naam}}", "Rules": [ { "RuleName": "r", "Expression": "feiten.Kosten > 0",
              "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } } ] }
            """;
        RegelsetValidator.Valideer("poort-traject-test", Json("poort-traject-test")).ShouldHaveSingleItem().Melding
            .ShouldContain("onbekend feit 'Kosten' in de expressie (feiten heten zoals op TrajectFeiten");
        RegelsetValidator.Valideer("poort-test", Json("poort-test")).ShouldBeEmpty();
    }
}

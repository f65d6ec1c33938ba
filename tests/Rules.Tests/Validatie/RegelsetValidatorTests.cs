namespace Besluitvorming.Rules.Tests.Validatie;

/// <summary>Bad rule files are refused with a message that names the rule and what is wrong.</summary>
public class RegelsetValidatorTests
{
    private static string Poort(string regel) => $$"""
        { "WorkflowName": "poort-college", "Rules": [ {{regel}} ] }
        """;

    private const string Goed = """{ "RuleName": "Goed", "Expression": "feiten.CollegeAkkoord", "ErrorMessage": "Nog niet.", "Properties": { "ernst": "blokkerend" } }""";

    [Fact]
    public void Een_goede_regelset_heeft_geen_fouten() =>
        RegelsetValidator.Valideer("poort-college", Poort(Goed)).ShouldBeEmpty();

    [Fact]
    public void Een_geleverd_bestand_noemt_zijn_versie_en_zonder_is_het_versie_1()
    {
        var metVersie = """{ "WorkflowName": "poort-college", "Versie": 3, "Rules": [ """ + Goed + " ] }";
        RegelsetValidator.Valideer("poort-college", metVersie).ShouldBeEmpty();
        RegelsetValidator.LeverVersie(metVersie).ShouldBe(3);
        RegelsetValidator.LeverVersie(Poort(Goed)).ShouldBe(1);
    }

    public static TheoryData<string, string, string?, string> SlechteBestanden() => new()
    {
        { "kapotte JSON", """{ "WorkflowName": "poort-college", "Rules": [ """, null, "Geen geldige JSON (regel 1" },
        { "leeg bestand", "   ", null, "Het bestand is leeg." },
        { "lege set", """{ "WorkflowName": "poort-college", "Rules": [] }""", null, "De regelset bevat geen regels." },
        { "geen regels", """{ "WorkflowName": "poort-college" }""", null, "'Rules' ontbreekt of is geen lijst." },
        { "verkeerde naam", """{ "WorkflowName": "poort-raad", "Rules": [ """ + Goed + " ] }", null, "'WorkflowName' is 'poort-raad', maar moet de naam van de regelset zijn: 'poort-college'." },
        { "onbekend feit", Poort("""{ "RuleName": "R1", "Expression": "feiten.Begroting > 0", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } }"""), "R1", "onbekend feit 'Begroting'" },
        { "compileert niet", Poort("""{ "RuleName": "R2", "Expression": "feiten.Kosten >", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } }"""), "R2", "de expressie compileert niet" },
        { "geen ja/nee", Poort("""{ "RuleName": "R3", "Expression": "feiten.Kosten", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } }"""), "R3", "compileert niet" },
        { "onbekend feit zonder voorvoegsel", Poort("""{ "RuleName": "R4", "Expression": "Begroting > 0", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } }"""), "R4", "Begroting" },
        { "zonder ernst", Poort("""{ "RuleName": "R5", "Expression": "feiten.CollegeAkkoord", "ErrorMessage": "x" }"""), "R5", "de ernst ontbreekt" },
        { "onbekende ernst", Poort("""{ "RuleName": "R6", "Expression": "feiten.CollegeAkkoord", "ErrorMessage": "x", "Properties": { "ernst": "fataal" } }"""), "R6", "onbekende ernst 'fataal'" },
        { "zonder melding", Poort("""{ "RuleName": "R7", "Expression": "feiten.CollegeAkkoord", "Properties": { "ernst": "waarschuwing" } }"""), "R7", "de melding ontbreekt" },
        { "onbekend feit in melding", Poort("""{ "RuleName": "R8", "Expression": "feiten.CollegeAkkoord", "ErrorMessage": "Kosten {Begroting:bedrag}", "Properties": { "ernst": "waarschuwing" } }"""), "R8", "onbekend feit '{Begroting}'" },
        { "zonder naam", Poort("""{ "Expression": "feiten.CollegeAkkoord", "ErrorMessage": "x", "Properties": { "ernst": "waarschuwing" } }"""), "#1", "'RuleName' ontbreekt." },
        { "zonder expressie", Poort("""{ "RuleName": "R9", "ErrorMessage": "x", "Properties": { "ernst": "waarschuwing" } }"""), "R9", "'Expression' ontbreekt." },
        { "versie geen getal", """{ "WorkflowName": "poort-college", "Versie": "2", "Rules": [ """ + Goed + " ] }", null, "'Versie' moet een geheel getal van 1 of hoger zijn." },
        { "versie nul", """{ "WorkflowName": "poort-college", "Versie": 0, "Rules": [ """ + Goed + " ] }", null, "'Versie' moet een geheel getal van 1 of hoger zijn." },
        { "tikfout in veld", Poort("""{ "RuleName": "R10", "Expresion": "feiten.CollegeAkkoord", "ErrorMessage": "x", "Properties": { "ernst": "waarschuwing" } }"""), "R10", "onbekend veld 'Expresion'" },
    };

    [Theory]
    [MemberData(nameof(SlechteBestanden))]
    public void Slecht_bestand_wordt_geweigerd_met_een_precieze_melding(string geval, string json, string? regel, string melding)
    {
        var fouten = RegelsetValidator.Valideer("poort-college", json);
        fouten.ShouldNotBeEmpty(geval);
        fouten.ShouldContain(f => f.Regel == regel && f.Melding.Contains(melding), $"{geval}: {string.Join(" | ", fouten)}");
    }

    [Fact]
    public void Beslisregel_vraagt_een_bekend_aspect_en_een_reden()
    {
        var fouten = RegelsetValidator.Valideer("vereiste-adviezen", """
            { "WorkflowName": "vereiste-adviezen", "Rules": [
              { "RuleName": "A", "Expression": "true", "SuccessEvent": "x", "Properties": { "aspect": "Brandweer" } },
              { "RuleName": "B", "Expression": "true", "Properties": { "aspect": "Juridisch" } } ] }
            """);
        fouten.ShouldContain(f => f.Regel == "A" && f.Melding.Contains("onbekend aspect 'Brandweer'"));
        fouten.ShouldContain(f => f.Regel == "B" && f.Melding.Contains("'SuccessEvent'"));
    }

    [Fact]
    public void Onbekende_regelsetnaam_wordt_geweigerd() =>
        RegelsetValidator.Valideer("wat-dan-ook", """{ "WorkflowName": "wat-dan-ook", "Rules": [] }""")
            .ShouldContain(f => f.Melding.StartsWith("Onbekende regelset 'wat-dan-ook'"));

    [Fact]
    public void Een_ongeldige_versie_compileert_niet_en_blijft_buiten_de_cache()
    {
        var beoordelaar = new Regelbeoordelaar();
        var e = Should.Throw<RegelsetOngeldigException>(() =>
            beoordelaar.Compileer(new Regelset("poort-college", 7, Poort("""{ "RuleName": "R1", "Expression": "feiten.Onbekend", "ErrorMessage": "x", "Properties": { "ernst": "blokkerend" } }"""))));
        e.Fouten.ShouldContain(f => f.Regel == "R1" && f.Melding.Contains("onbekend feit 'Onbekend'"));
        beoordelaar.IsGecompileerd("poort-college", 7).ShouldBeFalse();
    }
}

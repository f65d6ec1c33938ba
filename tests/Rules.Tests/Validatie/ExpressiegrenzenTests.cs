using System.Text.Json;
using Besluitvorming.Rules.Feiten;

namespace Besluitvorming.Rules.Tests.Validatie;

/// <summary>
/// An expression is scanned before the parser sees it: a deep expression would otherwise overflow the parser's stack
/// and end the whole process. These tests run in this process, so a crash fails the run.
/// </summary>
public class ExpressiegrenzenTests
{
    private static string Poort(params string[] expressies) => JsonSerializer.Serialize(new
    {
        WorkflowName = "poort-college",
        Rules = expressies.Select((e, i) => new
        {
            RuleName = $"Regel{i + 1}", Expression = e, ErrorMessage = "Nog niet.", Properties = new { ernst = "waarschuwing" },
        }),
    });

    private static string Genest(int diepte, string kern = "feiten.CollegeAkkoord") =>
        new string('(', diepte) + kern + new string(')', diepte);

    [Fact]
    public void Vijfduizend_geneste_haakjes_worden_geweigerd_met_een_melding_die_de_regel_noemt()
    {
        var fouten = RegelsetValidator.Valideer("poort-college", Poort("feiten.CollegeAkkoord", Genest(5000)));
        fouten.ShouldContain(f => f.Regel == "Regel2" && f.Melding.Contains("te diep genest (5000 haakjes diep)"), string.Join(" | ", fouten));
        fouten.ShouldNotContain(f => f.Regel == "Regel1");
    }

    [Fact]
    public void Nesting_tot_de_grens_wordt_aanvaard_en_beoordeeld()
    {
        var set = new Regelset("poort-college", 1, Poort(Genest(Expressiegrenzen.MaxNesting)));
        RegelsetValidator.Valideer(set.Naam, set.Json).ShouldBeEmpty();
        var uitkomst = new Regelbeoordelaar().Beoordeel(set, new VoorstelFeiten { CollegeAkkoord = true });
        uitkomst.Bevindingen.Single().Geslaagd.ShouldBeTrue();
    }

    [Fact]
    public void Een_haakje_dieper_dan_de_grens_wordt_geweigerd()
    {
        var fouten = RegelsetValidator.Valideer("poort-college", Poort(Genest(Expressiegrenzen.MaxNesting + 1, "feiten.CollegeAkkoord")));
        fouten.ShouldContain(f => f.Regel == "Regel1" && f.Melding.Contains($"het maximum is {Expressiegrenzen.MaxNesting}"));
    }

    [Fact]
    public void Sluithaakjes_in_een_tekst_verbergen_geen_diepe_nesting()
    {
        // Closing brackets in a string literal pull a plain depth count down, so the real nesting after it looks shallow.
        var verstopt = $"feiten.Onderwerp == \"{new string(')', 900)}\" || {Genest(900)}";
        var fouten = RegelsetValidator.Valideer("poort-college", Poort(verstopt));
        fouten.ShouldContain(f => f.Regel == "Regel1" && f.Melding.Contains("900 haakjes"), string.Join(" | ", fouten));
    }

    [Fact]
    public void Een_expressie_van_de_maximale_lengte_wordt_aanvaard_en_een_teken_langer_niet()
    {
        var kern = "feiten.CollegeAkkoord";
        var precies = kern + new string(' ', Expressiegrenzen.MaxLengte - kern.Length);
        RegelsetValidator.Valideer("poort-college", Poort(precies)).ShouldBeEmpty();
        RegelsetValidator.Valideer("poort-college", Poort(precies + " "))
            .ShouldContain(f => f.Regel == "Regel1" && f.Melding.Contains($"{Expressiegrenzen.MaxLengte + 1} tekens lang"));
    }

    [Fact]
    public void Een_lange_reeks_voorvoegsels_binnen_de_lengte_wordt_veilig_verwerkt()
    {
        // Unary operators recurse in the parser too; the length limit keeps such a chain far from the stack's end.
        var expressie = new string('!', Expressiegrenzen.MaxLengte - 22) + "feiten.CollegeAkkoord";
        var set = new Regelset("poort-college", 1, Poort(expressie));
        RegelsetValidator.Valideer(set.Naam, set.Json).ShouldBeEmpty();
        new Regelbeoordelaar().Beoordeel(set, new VoorstelFeiten { CollegeAkkoord = true }).Bevindingen.Single().Geslaagd.ShouldBeTrue();
    }

    [Fact]
    public void Meer_regels_dan_het_maximum_wordt_geweigerd()
    {
        var maximaal = Enumerable.Repeat("feiten.CollegeAkkoord", Expressiegrenzen.MaxRegels).ToArray();
        RegelsetValidator.Valideer("poort-college", Poort(maximaal)).ShouldBeEmpty();
        RegelsetValidator.Valideer("poort-college", Poort([.. maximaal, "feiten.CollegeAkkoord"]))
            .ShouldContain(f => f.Regel == null && f.Melding.Contains($"{Expressiegrenzen.MaxRegels + 1} regels; het maximum is {Expressiegrenzen.MaxRegels}"));
    }

    [Fact]
    public void Een_opgeslagen_versie_met_te_diepe_nesting_wordt_nooit_gecompileerd()
    {
        // Start-up, activation and the dry run all compile a stored version through this one door.
        var beoordelaar = new Regelbeoordelaar();
        var set = new Regelset("poort-college", 3, Poort(Genest(5000)));
        var e = Should.Throw<RegelsetOngeldigException>(() => beoordelaar.Compileer(set));
        e.Fouten.ShouldContain(f => f.Regel == "Regel1" && f.Melding.Contains("te diep genest"));
        Should.Throw<RegelsetOngeldigException>(() => beoordelaar.Beoordeel(set, new VoorstelFeiten()));
        beoordelaar.IsGecompileerd("poort-college", 3).ShouldBeFalse();
    }
}

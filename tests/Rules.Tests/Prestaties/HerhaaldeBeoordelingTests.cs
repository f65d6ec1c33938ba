using System.Runtime;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Rules.Tests.Ondersteuning;

namespace Besluitvorming.Rules.Tests.Prestaties;

/// <summary>
/// A rule-set version is compiled once; evaluating it again (a gate on every page and transition) compiles nothing:
/// no new RulesEngine, no expression parsed or compiled, no dynamic method that the finalizer must destroy later.
/// Counted with the JIT's own counter for this thread (every compiled expression is a dynamic method the JIT compiles),
/// so tests on other threads and tiering in the background do not count.
/// </summary>
public class HerhaaldeBeoordelingTests
{
    private static IEnumerable<VoorstelFeiten> Varianten() =>
    [
        Feit.Gewoon(),
        Feit.Gewoon() with { BudgettaireConsequenties = true, GeplandBw = new DateTime(2021, 3, 2) },
        Feit.Gewoon() with { FormatieveConsequenties = true, PersoneelInstemming = false },
        Feit.Gewoon() with { Openbaarheid = "Uitgesteld", OpenbaarNa = null },
        Feit.Gewoon() with { HeeftProject = true, AfdelingIsOntwikkelbedrijf = true, SmoVereist = true },
    ];

    private static int BeoordeelAlles(Regelbeoordelaar beoordelaar, IReadOnlyList<Regelset> sets)
    {
        var bevindingen = 0;
        foreach (var set in sets)
        {
            if (Regelset.FeitenType(set.Naam) == typeof(TrajectFeiten))
            {
                var feiten = new TrajectFeiten { Workflow = "traject", Traject = "t", Stap = "afronden", Trigger = "Afronden", Vandaag = Feit.Vandaag };
                bevindingen += beoordelaar.BeoordeelGecompileerd(set.Naam, set.Versie, feiten)!.Bevindingen.Count;
            }
            else
                foreach (var feiten in Varianten())
                    bevindingen += beoordelaar.BeoordeelGecompileerd(set.Naam, set.Versie, feiten)!.Bevindingen.Count;
        }
        return bevindingen;
    }

    [Fact]
    public void Herhaald_beoordelen_van_een_gecompileerde_versie_compileert_niets_meer()
    {
        var beoordelaar = new Regelbeoordelaar();
        var sets = Ondersteuning.Geleverd.Namen.Select(Ondersteuning.Geleverd.Set).ToList();
        foreach (var set in sets) beoordelaar.Compileer(set);
        // Once over every set and every kind of fact: whatever the runtime compiles for a first call is compiled now.
        var perRonde = BeoordeelAlles(beoordelaar, sets);
        perRonde.ShouldBeGreaterThan(0);

        var voor = JitInfo.GetCompiledMethodCount(currentThread: true);
        var bevindingen = 0;
        for (var i = 0; i < 50; i++) bevindingen += BeoordeelAlles(beoordelaar, sets);
        var nieuw = JitInfo.GetCompiledMethodCount(currentThread: true) - voor;

        bevindingen.ShouldBe(50 * perRonde);
        nieuw.ShouldBe(0, $"{50 * sets.Count} beoordelingen compileerden {nieuw} methoden");
    }

    [Fact]
    public void Beoordelen_met_de_json_van_een_bekende_versie_compileert_niet_opnieuw()
    {
        var beoordelaar = new Regelbeoordelaar();
        var set = Ondersteuning.Geleverd.Set("poort-indienen");
        // The first call compiles the version, the second takes the cache's hit path for the first time: the JIT's, once.
        for (var i = 0; i < 2; i++) beoordelaar.Beoordeel(set with { }, Feit.Gewoon());

        var voor = JitInfo.GetCompiledMethodCount(currentThread: true);
        // As RegelsetBeheer's trial run does: a new Regelset record (same name and version) every time.
        for (var i = 0; i < 50; i++) beoordelaar.Beoordeel(set with { }, Feit.Gewoon());
        (JitInfo.GetCompiledMethodCount(currentThread: true) - voor).ShouldBe(0);
    }
}

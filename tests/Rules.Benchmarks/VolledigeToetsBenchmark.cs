using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Rules.Benchmarks;

/// <summary>
/// A full check of one proposal against the shipped rule sets: facts built from the proposal, then every gate's
/// rules and both routing decisions, through engines compiled once in the setup (as the app keeps them).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class VolledigeToetsBenchmark
{
    private readonly Regelbeoordelaar _beoordelaar = new();
    private Regelset[] _sets = [];
    private Voorstel _voorstel = null!;
    private Omgeving _omgeving = null!;

    [GlobalSetup]
    public void Setup()
    {
        var map = Path.Combine(AppContext.BaseDirectory, "seeds");
        _sets = Directory.GetFiles(Path.Combine(map, "rules"), "*.json").Order()
            .Select(p => new Regelset(Path.GetFileNameWithoutExtension(p), 1, File.ReadAllText(p))).ToArray();
        foreach (var set in _sets) _beoordelaar.Compileer(set);

        var definitie = WorkflowDefinitieLezer.LeesBestand(Path.Combine(map, "workflows", "collegevoorstel.json"));
        var steller = new Actor("steller", "R.B.M. Janzen", new HashSet<string> { Rollen.Steller }, new HashSet<Aspect>(), 1, new HashSet<string>());
        _voorstel = Voorstel.NieuwConcept(definitie, steller, Guid.NewGuid(), new VoorstelInhoud
        {
            Onderwerp = "Vaststellen beleidskader Thuis in de Buurt", AfdelingId = 1, TeamId = 1, ProjectId = 1,
            Openbaarheid = Openbaarheid.Uitgesteld, OpenbaarNa = new DateOnly(2021, 4, 1), GeplandBw = new DateOnly(2021, 3, 16),
            Portefeuillehouder = "H. Brauer", Dictum = ["Instemmen met het beleidskader."], RaadsbesluitNodig = true,
            SamenvattingWatEnWaarom = "Wat en waarom.", SamenvattingHoe = "Hoe.", Aanleiding = "Aanleiding.",
            BudgettaireConsequenties = true, Kosten = 60000m, KostenPerJaar = true, Dekking = "Voorjaarsnota 2021",
            FormatieveConsequenties = true, Fte = 0.67m,
        }, new DateTime(2021, 1, 11, 9, 0, 0, DateTimeKind.Utc));
        _omgeving = new Omgeving(new DateOnly(2021, 1, 11), "Ontwikkelbedrijf", true, "Thuis in de Buurt", "Sociaal domein",
            new DateOnly(2020, 9, 1), new DateOnly(2023, 9, 1),
            [new Begrotingsdeadline(2021, new DateOnly(2021, 3, 1), new DateOnly(2021, 5, 17))],
            [new Vergadering(new DateOnly(2021, 3, 16), new DateOnly(2021, 3, 9))],
            [new Vergadering(new DateOnly(2021, 3, 8), new DateOnly(2021, 3, 3))]);
    }

    [Benchmark(Description = "Volledige toets: feiten + alle regelsets (6 poorten, 2 beslissingen)")]
    public int VolledigeToets()
    {
        var feiten = VoorstelFeiten.Van(_voorstel, _omgeving);
        var open = 0;
        foreach (var set in _sets)
            open += _beoordelaar.BeoordeelGecompileerd(set.Naam, set.Versie, feiten)!.Bevindingen.Count(b => !b.Geslaagd);
        return open;
    }
}

using System.Collections.Concurrent;
using Besluitvorming.Rules.Feiten;
using RulesEngine.Models;

namespace Besluitvorming.Rules;

/// <summary>
/// Evaluates rule sets. Each rule-set version is a workflow of its own, compiled once and kept for the life of the
/// process (a stored version never changes, so its name and number identify it); evaluation never compiles.
/// One RulesEngine per kind of facts holds every version: each engine's expression parser scans every type of every
/// loaded assembly once (System.Linq.Dynamic.Core's custom type provider, ~100,000 types), which an engine per version
/// repeated for every version (issue 12, P4). Thread-safe: register it as a singleton.
/// </summary>
public sealed class Regelbeoordelaar
{
    private readonly ConcurrentDictionary<(string Naam, int Versie), Lazy<GecompileerdeRegelset>> _cache = new();
    private readonly ConcurrentDictionary<Type, RulesEngine.RulesEngine> _engines = new();

    /// <summary>
    /// The engine for one kind of facts: the settings of <see cref="RegelsetValidator.Instellingen"/>, with the facts type
    /// registered up front instead of by each execution (AutoRegisterInputType registered exactly that type, as a new
    /// array at every compilation, which made the parser build a new type provider and scan again). No cache limit: the
    /// versions compiled are bounded by the stored ones, as the engines per version were.
    /// </summary>
    private RulesEngine.RulesEngine Engine(Type feitenType) => _engines.GetOrAdd(feitenType, t => new RulesEngine.RulesEngine(new ReSettings
    {
        IsExpressionCaseSensitive = RegelsetValidator.Instellingen.IsExpressionCaseSensitive,
        EnableFormattedErrorMessage = RegelsetValidator.Instellingen.EnableFormattedErrorMessage,
        EnableExceptionAsErrorMessage = RegelsetValidator.Instellingen.EnableExceptionAsErrorMessage,
        AutoRegisterInputType = false,
        CustomTypes = [t],
        CacheConfig = new RulesEngine.HelperFunctions.MemCacheConfig { SizeLimit = int.MaxValue },
    }));

    private sealed class GecompileerdeRegelset(string naam, string workflow, RulesEngine.RulesEngine engine,
        IReadOnlyDictionary<string, RegelsetValidator.GeldigeRegel> regels)
    {
        public Regeluitkomst Beoordeel(int versie, object feiten)
        {
            var taak = engine.ExecuteAllRulesAsync(workflow, [new RuleParameter(RegelsetValidator.Parameter, feiten)]);
            var resultaten = taak.IsCompletedSuccessfully ? taak.Result : taak.AsTask().GetAwaiter().GetResult();
            var bevindingen = new List<Bevinding>(resultaten.Count);
            foreach (var r in resultaten)
            {
                var regel = regels[r.Rule.RuleName];
                var melding = regel.Melding.Vul(feiten);
                if (!string.IsNullOrEmpty(r.ExceptionMessage))
                    melding = $"{melding} (de regel kon niet worden uitgevoerd: {r.ExceptionMessage})";
                bevindingen.Add(new Bevinding(regel.Naam, r.IsSuccess, regel.Ernst, melding, regel.Beslissing));
            }
            return new Regeluitkomst(naam, versie, bevindingen);
        }
    }

    /// <summary>Compiles the version now (or finds it compiled); an invalid set throws <see cref="RegelsetOngeldigException"/>.</summary>
    public void Compileer(Regelset set) => Haal(set);

    public bool IsGecompileerd(string naam, int versie) =>
        _cache.TryGetValue((naam, versie), out var lazy) && lazy.IsValueCreated;

    public Regeluitkomst Beoordeel(Regelset set, VoorstelFeiten feiten) => Haal(set).Beoordeel(set.Versie, feiten);

    public Regeluitkomst Beoordeel(Regelset set, TrajectFeiten feiten) => Haal(set).Beoordeel(set.Versie, feiten);

    /// <summary>Evaluates an already compiled version without needing its JSON (the hot path).</summary>
    public Regeluitkomst? BeoordeelGecompileerd(string naam, int versie, VoorstelFeiten feiten) => BeoordeelGecompileerd(naam, versie, (object)feiten);

    /// <summary>As above for a traject gate (<see cref="TrajectFeiten"/>, see <see cref="Regelset.FeitenType"/>).</summary>
    public Regeluitkomst? BeoordeelGecompileerd(string naam, int versie, TrajectFeiten feiten) => BeoordeelGecompileerd(naam, versie, (object)feiten);

    private Regeluitkomst? BeoordeelGecompileerd(string naam, int versie, object feiten) =>
        _cache.TryGetValue((naam, versie), out var lazy) && lazy.IsValueCreated ? lazy.Value.Beoordeel(versie, feiten) : null;

    private GecompileerdeRegelset Haal(Regelset set)
    {
        var lazy = _cache.GetOrAdd((set.Naam, set.Versie), _ => new Lazy<GecompileerdeRegelset>(() => Bouw(set)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _cache.TryRemove(new KeyValuePair<(string, int), Lazy<GecompileerdeRegelset>>((set.Naam, set.Versie), lazy));
            throw;
        }
    }

    private GecompileerdeRegelset Bouw(Regelset set)
    {
        var (regels, fouten) = RegelsetValidator.Ontleed(set.Naam, set.Json);
        if (fouten.Count > 0) throw new RegelsetOngeldigException(set.Naam, fouten);
        var workflow = new Workflow
        {
            // Unique in the engine of its kind of facts, which holds every version.
            WorkflowName = $"{set.Naam}@{set.Versie}",
            Rules = regels.Select(r => new Rule
            {
                RuleName = r.Naam,
                Expression = r.Expressie,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Enabled = true,
            }).ToList(),
        };
        var engine = Engine(Regelset.FeitenType(set.Naam));
        engine.AddOrUpdateWorkflow(workflow);
        var gecompileerd = new GecompileerdeRegelset(set.Naam, workflow.WorkflowName, engine, regels.ToDictionary(r => r.Naam));
        // Compile now, not on the first proposal that needs it.
        gecompileerd.Beoordeel(set.Versie, Activator.CreateInstance(Regelset.FeitenType(set.Naam))!);
        return gecompileerd;
    }
}

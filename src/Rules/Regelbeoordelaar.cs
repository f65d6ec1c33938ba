using System.Collections.Concurrent;
using Besluitvorming.Rules.Feiten;
using RulesEngine.Models;

namespace Besluitvorming.Rules;

/// <summary>
/// Evaluates rule sets. One RulesEngine instance per rule-set version, compiled once and kept for the life of the
/// process (a stored version never changes, so its name and number identify it); evaluation never compiles.
/// Thread-safe: register it as a singleton.
/// </summary>
public sealed class Regelbeoordelaar
{
    private readonly ConcurrentDictionary<(string Naam, int Versie), Lazy<GecompileerdeRegelset>> _cache = new();

    private sealed class GecompileerdeRegelset(string naam, RulesEngine.RulesEngine engine,
        IReadOnlyDictionary<string, RegelsetValidator.GeldigeRegel> regels)
    {
        public Regeluitkomst Beoordeel(int versie, object feiten)
        {
            var taak = engine.ExecuteAllRulesAsync(naam, [new RuleParameter(RegelsetValidator.Parameter, feiten)]);
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

    private static GecompileerdeRegelset Bouw(Regelset set)
    {
        var (regels, fouten) = RegelsetValidator.Ontleed(set.Naam, set.Json);
        if (fouten.Count > 0) throw new RegelsetOngeldigException(set.Naam, fouten);
        var workflow = new Workflow
        {
            WorkflowName = set.Naam,
            Rules = regels.Select(r => new Rule
            {
                RuleName = r.Naam,
                Expression = r.Expressie,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Enabled = true,
            }).ToList(),
        };
        var engine = new RulesEngine.RulesEngine([workflow], RegelsetValidator.Instellingen);
        var gecompileerd = new GecompileerdeRegelset(set.Naam, engine, regels.ToDictionary(r => r.Naam));
        // Compile now, not on the first proposal that needs it.
        gecompileerd.Beoordeel(set.Versie, Activator.CreateInstance(Regelset.FeitenType(set.Naam))!);
        return gecompileerd;
    }
}

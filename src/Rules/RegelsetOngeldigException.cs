namespace Besluitvorming.Rules;

/// <summary>A rule set that may not be used; every fault names the rule and what is wrong, in Dutch.</summary>
public sealed class RegelsetOngeldigException(string naam, IReadOnlyList<Regelfout> fouten)
    : Exception($"Regelset '{naam}' is ongeldig: {string.Join("; ", fouten)}")
{
    public IReadOnlyList<Regelfout> Fouten { get; } = fouten;
}

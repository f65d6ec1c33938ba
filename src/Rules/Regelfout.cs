namespace Besluitvorming.Rules;

/// <summary>What is wrong with a rule set; <paramref name="Regel"/> is null when the fault is not in one rule.</summary>
public sealed record Regelfout(string? Regel, string Melding)
{
    public override string ToString() => Regel is null ? Melding : $"Regel '{Regel}': {Melding}";
}

namespace Besluitvorming.Workflows.Definities;

/// <summary>A transition as the diff between versions sees it.</summary>
public sealed record Overgangsleutel(string Status, string Trigger, string? Naar)
{
    public override string ToString() => $"{Status} —{Trigger}→ {Naar ?? "(blijft)"}";
}

namespace Besluitvorming.Workflows.Definities;

/// <summary>What a new version adds, drops or changes compared with the version before it.</summary>
public sealed record Versieverschil(
    IReadOnlyList<string> StatussenErbij,
    IReadOnlyList<string> StatussenWeg,
    IReadOnlyList<Overgangsleutel> OvergangenErbij,
    IReadOnlyList<Overgangsleutel> OvergangenWeg,
    IReadOnlyList<string> StatussenGewijzigd)
{
    public bool Leeg => StatussenErbij.Count + StatussenWeg.Count + OvergangenErbij.Count + OvergangenWeg.Count + StatussenGewijzigd.Count == 0;
}

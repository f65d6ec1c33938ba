using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Termijnen;

namespace Besluitvorming.Rules.Feiten;

/// <summary>What the rules may know besides the proposal itself, loaded before any rule runs (no I/O while evaluating).</summary>
/// <param name="BesluitmomentMetRaad">The proposal serves a traject's decision moment that the definition gives to the raad.</param>
/// <param name="Definitie">The proposal's workflow version: with <paramref name="Vergaderingen"/> the facts carry the
/// terugrekenplanning's verdict, computed by the same <see cref="Terugrekenplanning"/> the proposal page shows.</param>
/// <param name="Vergaderingen">The meetings (not cancelled) around the planned B&amp;W date, later ones included so the
/// first reachable B&amp;W meeting can be named.</param>
public sealed record Omgeving(
    DateOnly Vandaag,
    string? AfdelingNaam,
    bool AfdelingIsOntwikkelbedrijf,
    string? ProjectNaam,
    string? ProjectProgramma,
    DateOnly? ProjectStart,
    DateOnly? ProjectEinde,
    IReadOnlyList<Begrotingsdeadline> Begrotingskalender,
    IReadOnlyList<Vergadering> Collegevergaderingen,
    IReadOnlyList<Vergadering> Directievergaderingen,
    bool BesluitmomentMetRaad = false,
    WorkflowDefinitie? Definitie = null,
    IReadOnlyCollection<Vergadermoment>? Vergaderingen = null)
{
    public static Omgeving Leeg(DateOnly vandaag) => new(vandaag, null, false, null, null, null, null, [], [], []);
}

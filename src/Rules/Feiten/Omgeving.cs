namespace Besluitvorming.Rules.Feiten;

/// <summary>What the rules may know besides the proposal itself, loaded before any rule runs (no I/O while evaluating).</summary>
/// <param name="BesluitmomentMetRaad">The proposal serves a traject's decision moment that the definition gives to the raad.</param>
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
    bool BesluitmomentMetRaad = false)
{
    public static Omgeving Leeg(DateOnly vandaag) => new(vandaag, null, false, null, null, null, null, [], [], []);
}

namespace Besluitvorming.Rules;

/// <summary>Every rule's finding of one rule-set version for one proposal.</summary>
public sealed record Regeluitkomst(string Naam, int Versie, IReadOnlyList<Bevinding> Bevindingen)
{
    public IEnumerable<Bevinding> Blokkerend => Bevindingen.Where(b => b.IsBlokkerend);
    public IEnumerable<Bevinding> Waarschuwingen => Bevindingen.Where(b => b.IsWaarschuwing);
    public IEnumerable<Bevinding> Van(bool geslaagd) => Bevindingen.Where(b => b.Geslaagd == geslaagd);

    /// <summary>The decisions of the rules that apply (for decision sets).</summary>
    public IEnumerable<string> Beslissingen => Bevindingen.Where(b => b.Geslaagd && b.Beslissing is not null).Select(b => b.Beslissing!);

    public string Bron => $"regelset {Naam} versie {Versie}";
}

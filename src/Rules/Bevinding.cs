namespace Besluitvorming.Rules;

/// <summary>
/// The outcome of one rule for one proposal. For a gate rule <see cref="Geslaagd"/> means the proposal meets it and
/// <see cref="Melding"/> says what is wrong when it does not; for a decision rule it means the rule applies and
/// <see cref="Beslissing"/> is what it decides (an aspect, or OR / raad).
/// </summary>
public sealed record Bevinding(string Regel, bool Geslaagd, Ernst? Ernst, string Melding, string? Beslissing = null)
{
    public bool IsBlokkerend => !Geslaagd && Ernst == Rules.Ernst.Blokkerend;
    public bool IsWaarschuwing => !Geslaagd && Ernst == Rules.Ernst.Waarschuwing;
}

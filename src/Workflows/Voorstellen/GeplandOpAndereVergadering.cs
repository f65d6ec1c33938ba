namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The proposal's planned date <paramref name="Planningsdatum"/> (a planning date's name) went from <paramref name="Was"/>
/// to <paramref name="Nieuw"/> (none: no longer planned) by a change of the proposal itself: the steller changed it, or the
/// body held the proposal over in a meeting other than the one it was planned on. A moved or cancelled meeting raises
/// <see cref="VergaderingVerplaatst"/> instead. An agenda it was on records that it left.
/// </summary>
public sealed record GeplandOpAndereVergadering(string Planningsdatum, DateOnly Was, DateOnly? Nieuw, string Toelichting) : Domeingebeurtenis;

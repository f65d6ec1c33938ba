namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// A body recorded what one of its meetings decided on the proposal: the college or the raad (its outcome, held over
/// included) or the directieteam (its directiebesluit). <paramref name="Planningsdatum"/> names the body (a
/// <see cref="Definities.Planningsdatums"/> name), <paramref name="Trigger"/> the outcome, <paramref name="AangehoudenTot"/>
/// the meeting a held-over proposal moves to. The proposal keeps only its latest decision; this is what that meeting
/// decided, for its besluitenlijst.
/// </summary>
public sealed record BesluitVastgelegd(string Planningsdatum, DateOnly Vergaderdatum, string Trigger, string? Besluittekst,
    int? Volgnummer, DateOnly? AangehoudenTot) : Domeingebeurtenis;

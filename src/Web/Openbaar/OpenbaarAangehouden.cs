namespace Besluitvorming.Web.Openbaar;

/// <summary>
/// An item a B&amp;W meeting held over, as its public besluitenlijst names it: the proposal (published since) and the
/// meeting it moved to. Not the reason: that is the secretary's note, not a besluit.
/// </summary>
public sealed record OpenbaarAangehouden(int Id, string Identificatie, string Onderwerp, int? Volgnummer, DateOnly? NaarVergadering);

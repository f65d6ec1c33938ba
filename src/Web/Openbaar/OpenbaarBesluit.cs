namespace Besluitvorming.Web.Openbaar;

/// <summary>
/// A published decision as the public sees it. <paramref name="Bestuursorgaan"/> is the body whose decision is final
/// (<see cref="OpenbareBesluiten.College"/> or <see cref="OpenbareBesluiten.Raad"/>), <paramref name="Datum"/> its
/// meeting; <paramref name="Collegevergadering"/> is the B&amp;W meeting whose besluitenlijst holds it.
/// </summary>
public sealed record OpenbaarBesluit(int Id, string Identificatie, string Onderwerp, string? Portefeuillehouder,
    string Bestuursorgaan, DateOnly Datum, DateOnly Collegevergadering, int? Volgnummer, DateOnly Publicatiedatum,
    string Uitkomst, string Besluit, string? VoorstelVanCollege, IReadOnlyList<OpenbareBijlage> Bijlagen)
{
    public string OrgaanNaam => Bestuursorgaan == OpenbareBesluiten.Raad ? "Gemeenteraad" : "College van burgemeester en wethouders";
}

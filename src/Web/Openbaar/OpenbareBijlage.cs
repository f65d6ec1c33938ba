namespace Besluitvorming.Web.Openbaar;

public sealed record OpenbareBijlage(int Id, int VoorstelId, int Nr, string Naam, DateOnly Datum, string ContentType, long Grootte);

namespace Besluitvorming.Workflows.Voorstellen;

public sealed record Routestap(string Naam, string Titel, Routestand Stand);

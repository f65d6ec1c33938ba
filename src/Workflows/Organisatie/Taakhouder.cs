namespace Besluitvorming.Workflows.Organisatie;

public sealed record Taakhouder(string Id, string Naam);

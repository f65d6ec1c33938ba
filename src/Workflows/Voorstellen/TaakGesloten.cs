namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>A task was completed, or lapsed because its state was left.</summary>
public sealed record TaakGesloten(Taak Taak) : Domeingebeurtenis;

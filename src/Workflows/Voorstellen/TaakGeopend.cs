namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>A gate opened a task (its id is known once the change is saved).</summary>
public sealed record TaakGeopend(Taak Taak) : Domeingebeurtenis;

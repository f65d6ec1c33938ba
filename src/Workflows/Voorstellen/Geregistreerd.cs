namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The proposal got its registratienummer (first submission, or an import with its historical number): from now on it
/// is in the overview, counted under <paramref name="ProjectId"/> (null: without project).
/// </summary>
public sealed record Geregistreerd(string Registratienummer, int? ProjectId) : Domeingebeurtenis;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>A proposal with a registratienummer moved from project <paramref name="Was"/> to <paramref name="Wordt"/> (null: none).</summary>
public sealed record ProjectGewijzigd(int? Was, int? Wordt) : Domeingebeurtenis;

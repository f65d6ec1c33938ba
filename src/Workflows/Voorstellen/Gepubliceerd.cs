namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>The decision was made public (Woo) on <paramref name="Op"/>.</summary>
public sealed record Gepubliceerd(DateOnly Op) : Domeingebeurtenis;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// A decision whose openbaarheid is uitgesteld is due for publication on <paramref name="Op"/>, the first day after the
/// embargo date: the host plans a durable timer for that day.
/// </summary>
public sealed record PublicatieGepland(DateOnly Op) : Domeingebeurtenis;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>An open task got a new deadline (a decision held over to a later meeting).</summary>
public sealed record TermijnVerschoven(Taak Taak, DateOnly? Was) : Domeingebeurtenis;

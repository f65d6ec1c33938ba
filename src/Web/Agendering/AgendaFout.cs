namespace Besluitvorming.Web.Agendering;

/// <summary>A change to an agenda that cannot be made, with the Dutch message for the page.</summary>
public sealed class AgendaFout(string bericht) : Exception(bericht);

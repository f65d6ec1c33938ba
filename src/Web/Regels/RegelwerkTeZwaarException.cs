namespace Besluitvorming.Web.Regels;

/// <summary>Rule work for the beheerder did not finish in time, or too much of it is still running; the message is Dutch.</summary>
public sealed class RegelwerkTeZwaarException(string melding) : Exception(melding);

using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>A remark without a decision was placed on the proposal.</summary>
public sealed record OpmerkingGeplaatst(Actor Auteur, string Tekst) : Domeingebeurtenis;

using Besluitvorming.Rules;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// Everything rules need for one proposal, loaded beforehand: the active version of every rule set (compiled) and
/// the proposal's surroundings. Evaluating does no I/O, so it may run inside a transition.
/// </summary>
public sealed class Regelcontext(Regelbeoordelaar beoordelaar, IReadOnlyDictionary<string, int> actieveVersies, Omgeving omgeving)
{
    public IReadOnlyDictionary<string, int> ActieveVersies => actieveVersies;
    public Omgeving Omgeving => omgeving;

    /// <summary>The findings of the active version of <paramref name="naam"/>; null when that set has no active version.</summary>
    public Regeluitkomst? Beoordeel(string naam, Voorstel voorstel) =>
        actieveVersies.TryGetValue(naam, out var versie)
            ? beoordelaar.BeoordeelGecompileerd(naam, versie, VoorstelFeiten.Van(voorstel, omgeving))
              ?? throw new InvalidOperationException($"Regelset {naam} versie {versie} is niet gecompileerd.")
            : null;
}

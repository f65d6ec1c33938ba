using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>
/// The seam through which a traject's verbs check the gate (<c>poort</c>) of the transition they are about to fire:
/// the host evaluates its rule set on facts it loaded beforehand, so the check does no I/O. Blocking findings refuse
/// the action (recorded in the timeline), warnings are recorded and the action goes on.
/// </summary>
public interface ITrajectPoort
{
    /// <summary>The findings of the transition's gate; null when it has none or its rule set has no active version.</summary>
    Poortoordeel? Toets(Poortvraag vraag);
}

/// <summary>What a gate rule may look at: the transition, the step visit it leaves, what the action adds, who acts.</summary>
public sealed record Poortvraag(WorkflowDefinitie Definitie, Traject Traject, OvergangDefinitie Overgang, TrajectStap Stap,
    IReadOnlyList<Bewijs> NieuwBewijs, string? Opmerking, Actor Actor, DateTime Nu);

/// <summary>The Dutch messages of the rules that failed, by severity.</summary>
public sealed record Poortoordeel(IReadOnlyList<string> Blokkerend, IReadOnlyList<string> Waarschuwingen);

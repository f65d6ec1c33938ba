namespace Besluitvorming.Rules.Feiten;

/// <summary>
/// The facts a traject gate rule (<c>poort-traject-&lt;gate&gt;</c>) may name, as <c>feiten.Naam</c>: the step being left,
/// the transition, the evidence of this visit (with what the action adds) and of every step visited before, and today.
/// Lists of <c>"Stap:Soort"</c> let a rule ask for evidence of an earlier step, e.g.
/// <c>feiten.BewijsPerStap.Contains("VisieEnActiviteitenplan:Plan")</c>.
/// </summary>
public sealed record TrajectFeiten
{
    public string Workflow { get; init; } = "";
    public string Traject { get; init; } = "";
    public string? Kern { get; init; }
    public string? Groep { get; init; }
    /// <summary>The step the transition leaves (the definition's state name).</summary>
    public string Stap { get; init; } = "";
    public string Trigger { get; init; } = "";
    /// <summary>The step it goes to; null for an internal transition (a decision moment starts).</summary>
    public string? Naar { get; init; }
    /// <summary>Kinds of evidence on this visit, including what the action adds (Verslag, Plan, Notitie, Afspraak, Overig).</summary>
    public IReadOnlyList<string> Bewijs { get; init; } = [];
    public int AantalBewijs { get; init; }
    public bool HeeftVerslag { get; init; }
    public bool HeeftPlan { get; init; }
    public bool HeeftAfspraak { get; init; }
    /// <summary>Every evidence kind of every visit of this traject, as "Stap:Soort" (this visit included).</summary>
    public IReadOnlyList<string> BewijsPerStap { get; init; } = [];
    /// <summary>Steps completed (not skipped) at least once.</summary>
    public IReadOnlyList<string> AfgerondeStappen { get; init; } = [];
    public IReadOnlyList<string> OvergeslagenStappen { get; init; } = [];
    public bool HeeftOpmerking { get; init; }
    public bool DoorProjectleider { get; init; }
    public DateTime Vandaag { get; init; }
}

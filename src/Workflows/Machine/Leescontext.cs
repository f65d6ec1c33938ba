using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Machine;

/// <summary>
/// What a page that only reads a proposal needs: its definition, the actor and the clock. Unlike the
/// <see cref="Overgangscontext"/> it holds no organisation snapshot or routing policy, so gathering it costs no queries
/// beyond the actor's.
/// </summary>
public sealed record Leescontext(WorkflowDefinitie Definitie, Actor Actor, TimeProvider Klok)
{
    /// <summary>Today in the municipality's time zone (the TimeProvider's local zone).</summary>
    public DateOnly Vandaag => DateOnly.FromDateTime(Klok.GetLocalNow().DateTime);
}

using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// What a traject's domain events cause outside the aggregate: mail in the outbox (same transaction, before the
/// commit) and Quartz reminders (after the commit). Driven only by the events, never by reading the timeline.
/// </summary>
public sealed class TrajectReacties
{
    /// <summary>Writes the outbox rows (and mail links) the events call for; true when something was added.</summary>
    public Task<bool> VoorCommitAsync(Traject traject, WorkflowDefinitie definitie, IReadOnlyList<Domeingebeurtenis> gebeurtenissen,
        DateTime nu, CancellationToken ct = default) => Task.FromResult(false);

    /// <summary>Plans or removes the reminders of the steps the events opened, closed or moved.</summary>
    public Task NaCommitAsync(Traject traject, WorkflowDefinitie definitie, IReadOnlyList<Domeingebeurtenis> gebeurtenissen,
        CancellationToken ct = default) => Task.CompletedTask;
}

using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Routering;

namespace Besluitvorming.Workflows.Machine;

/// <summary>Everything a transition may consult, gathered before it runs so that it does no I/O itself.</summary>
public sealed record Overgangscontext(
    WorkflowDefinitie Definitie,
    Actor Actor,
    IOrganisatie Organisatie,
    IRouteringsbeleid Routeringsbeleid,
    TimeProvider Klok)
{
    public DateTime Nu => Klok.GetUtcNow().UtcDateTime;

    /// <summary>Today in the municipality's time zone (the TimeProvider's local zone).</summary>
    public DateOnly Vandaag => DateOnly.FromDateTime(Klok.GetLocalNow().DateTime);

    public DateOnly PlusWerkdagen(int werkdagen) => Termijnen.Werkdagen.Plus(Vandaag, werkdagen);

    /// <summary>The municipal day of a stored moment (UTC), such as the day a task was opened.</summary>
    public DateOnly Dag(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Klok.LocalTimeZone));

    /// <summary>
    /// The meetings up to the proposal's B&amp;W meeting, when the host read them for a transition that may open tasks:
    /// a task's deadline is then its gate's terugreken date when that comes first (see <see cref="Termijnen.Terugrekenplanning"/>).
    /// Null: no planning, deadlines from the terms alone.
    /// </summary>
    public IReadOnlyCollection<Termijnen.Vergadermoment>? Vergaderingen { get; init; }
}

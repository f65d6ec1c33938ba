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
}

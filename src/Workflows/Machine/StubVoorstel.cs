using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Machine;

/// <summary>An empty proposal to build a machine on when only its shape matters (graph, validation).</summary>
internal static class StubVoorstel
{
    private static readonly Actor Steller = new("stub", "stub", new HashSet<string> { Rollen.Steller },
        new HashSet<Aspect>(), null, new HashSet<string>());

    public static Voorstel Maak(WorkflowDefinitie definitie) =>
        Voorstel.NieuwConcept(definitie, Steller, Guid.Empty, new VoorstelInhoud(), DateTime.UnixEpoch);
}

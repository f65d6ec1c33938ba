using Besluitvorming.Workflows.Tests.Machine;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>The traject routes as pictures, pinned like the collegevoorstel's (see <see cref="VoorstelMachineMermaidTests"/>).</summary>
public class TrajectMermaidTests
{
    [Fact]
    public void De_route_van_een_accommodatie_is_gelijk_aan_de_goedgekeurde_grafiek() =>
        VoorstelMachineMermaidTests.VergelijkMetSnapshot(
            TrajectMachine.Mermaid(GeleverdeDefinities.Accommodatie, null), "thuis-in-de-buurt-accommodatie.mermaid.txt", "Trajecten");

    [Fact]
    public void De_route_van_het_voorzieningenprogramma_is_gelijk_aan_de_goedgekeurde_grafiek() =>
        VoorstelMachineMermaidTests.VergelijkMetSnapshot(
            TrajectMachine.Mermaid(GeleverdeDefinities.Voorzieningenprogramma, null), "voorzieningenprogramma.mermaid.txt", "Trajecten");
}

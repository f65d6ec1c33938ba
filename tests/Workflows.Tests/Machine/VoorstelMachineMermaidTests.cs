using System.Runtime.CompilerServices;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Machine;

/// <summary>
/// The route as a picture, pinned: a change to a shipped definition changes this snapshot, so it shows up in review.
/// When the graph differs, the test writes it as <c>*.received.txt</c> next to the approved file (gitignored);
/// if the change is intended, rename it over the approved file.
/// </summary>
public class VoorstelMachineMermaidTests
{
    [Fact]
    public void De_route_van_het_collegevoorstel_is_gelijk_aan_de_goedgekeurde_grafiek()
    {
        var grafiek = VoorstelMachine.Mermaid(GeleverdeDefinities.Collegevoorstel, null);

        VergelijkMetSnapshot(grafiek, "collegevoorstel.mermaid.txt");
    }

    [Fact]
    public void De_grafiek_markeert_de_huidige_status()
    {
        var grafiek = VoorstelMachine.Mermaid(GeleverdeDefinities.Collegevoorstel, "Directieteam");

        grafiek.ShouldStartWith(VoorstelMachine.Mermaid(GeleverdeDefinities.Collegevoorstel, null).TrimEnd());
        grafiek.ShouldContain("class Directieteam huidig");
        grafiek.ShouldContain("classDef huidig ");
    }

    internal static void VergelijkMetSnapshot(string actueel, string bestand, string testmap = "Machine", [CallerFilePath] string bronpad = "")
    {
        actueel = Normaliseer(actueel);
        var goedgekeurd = Path.Combine(AppContext.BaseDirectory, testmap, bestand);
        var verwacht = File.Exists(goedgekeurd) ? Normaliseer(File.ReadAllText(goedgekeurd)) : null;
        if (verwacht == actueel) return;

        // Next to the approved file in the source tree when it is there, so it can be compared and approved in place.
        var bronmap = Path.GetDirectoryName(bronpad);
        var map = bronmap is not null && Directory.Exists(bronmap) ? bronmap : Path.GetDirectoryName(goedgekeurd)!;
        var ontvangen = Path.Combine(map, Path.ChangeExtension(bestand, ".received.txt"));
        File.WriteAllText(ontvangen, actueel);

        Assert.Fail(verwacht is null
            ? $"Er is geen goedgekeurde grafiek '{bestand}'. De actuele staat in '{ontvangen}'; controleer hem en sla hem op als '{bestand}'."
            : $"De grafiek wijkt af van '{bestand}'. De actuele staat in '{ontvangen}'; is de wijziging bedoeld, vervang dan het goedgekeurde bestand.");
    }

    private static string Normaliseer(string tekst) => tekst.ReplaceLineEndings("\n").TrimEnd() + "\n";
}

using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>The shipped definitions, as copied to the test output.</summary>
internal static class GeleverdeDefinities
{
    public static string CollegevoorstelPad => Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json");

    public static WorkflowDefinitie Collegevoorstel { get; } = WorkflowDefinitieLezer.LeesBestand(CollegevoorstelPad);

    public static WorkflowDefinitie Accommodatie { get; } = Lees("thuis-in-de-buurt-accommodatie.json");

    public static WorkflowDefinitie Voorzieningenprogramma { get; } = Lees("voorzieningenprogramma.json");

    public static WorkflowDefinitie Traject(string naam) => naam == Accommodatie.Naam ? Accommodatie : Voorzieningenprogramma;

    public static JsonObject Json(string bestand) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", bestand)))!.AsObject();

    private static WorkflowDefinitie Lees(string bestand) =>
        WorkflowDefinitieLezer.LeesBestand(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", bestand));

    public static JsonObject CollegevoorstelJson() => JsonNode.Parse(File.ReadAllText(CollegevoorstelPad))!.AsObject();

    /// <summary>The shipped route under another version number, as a beheerder would publish a new version.</summary>
    public static WorkflowDefinitie CollegevoorstelVersie(int versie)
    {
        var json = CollegevoorstelJson();
        json["versie"] = versie;
        return WorkflowDefinitieLezer.Lees(json.ToJsonString(), $"collegevoorstel-v{versie}.json");
    }
}

namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// What runs on a definition. A family fixes which triggers and fields a definition may use; each definition
/// (naam) has its own versions within it.
/// </summary>
public static class Families
{
    /// <summary>A collegevoorstel (<see cref="Voorstellen.Voorstel"/>); the default when a file names no family.</summary>
    public const string Collegevoorstel = "collegevoorstel";
    /// <summary>A traject of a project (<see cref="Trajecten.Traject"/>).</summary>
    public const string Traject = "traject";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Collegevoorstel, Traject };
}

/// <summary>A step where the traject waits for a collegevoorstel's outcome.</summary>
public sealed class BesluitmomentDefinitie
{
    /// <summary>The planning step a rejected proposal sends the traject back to.</summary>
    public string TerugNaar { get; init; } = "";
    /// <summary>The proposal goes on to the gemeenteraad.</summary>
    public bool Raad { get; init; }
}

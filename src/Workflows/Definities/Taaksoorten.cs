namespace Besluitvorming.Workflows.Definities;

/// <summary>The kinds of task a state can open; each knows how its holder is found.</summary>
public static class Taaksoorten
{
    /// <summary>Paraaf of the afdelingshoofd of the steller's afdeling.</summary>
    public const string Paraaf = "Paraaf";
    /// <summary>One task per required bedrijfsvoeringsaspect that has no valid advice yet.</summary>
    public const string Advies = "Advies";
    public const string Directiebesluit = "Directiebesluit";
    public const string OrAdvies = "OrAdvies";
    public const string Collegebesluit = "Collegebesluit";
    public const string Raadsbesluit = "Raadsbesluit";
    /// <summary>The steller revises a returned proposal.</summary>
    public const string Herzien = "Herzien";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Paraaf, Advies, Directiebesluit, OrAdvies, Collegebesluit, Raadsbesluit, Herzien,
    };

    public static string Naam(string soort) => soort switch
    {
        Paraaf => "Paraaf afdelingshoofd",
        Advies => "Advies bedrijfsvoering",
        Directiebesluit => "Directiebesluit vastleggen",
        OrAdvies => "Advies ondernemingsraad vastleggen",
        Collegebesluit => "Besluit college vastleggen",
        Raadsbesluit => "Raadsbesluit vastleggen",
        Herzien => "Voorstel herzien en opnieuw indienen",
        _ => soort,
    };
}

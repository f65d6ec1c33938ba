using Besluitvorming.Rules.Feiten;

namespace Besluitvorming.Rules.Tests.Ondersteuning;

/// <summary>The rule sets shipped in seeds/rules, evaluated through one shared <see cref="Regelbeoordelaar"/>.</summary>
public static class Geleverd
{
    public static readonly Regelbeoordelaar Beoordelaar = new();

    public static string Map => Path.Combine(AppContext.BaseDirectory, "seeds", "rules");

    public static IEnumerable<string> Namen =>
        Directory.GetFiles(Map, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order();

    public static Regelset Set(string naam) => new(naam, 1, File.ReadAllText(Path.Combine(Map, naam + ".json")));

    public static Regeluitkomst Beoordeel(string naam, VoorstelFeiten feiten) => Beoordelaar.Beoordeel(Set(naam), feiten);

    public static Bevinding Regel(string naam, string regel, VoorstelFeiten feiten) =>
        Beoordeel(naam, feiten).Bevindingen.Single(b => b.Regel == regel);
}

namespace Besluitvorming.Rules;

/// <summary>One version of a rule set in Microsoft RulesEngine's JSON format. A stored version never changes.</summary>
public sealed record Regelset(string Naam, int Versie, string Json)
{
    public const string VereisteAdviezen = "vereiste-adviezen";
    public const string RouteOrRaad = "route-or-raad";
    public const string PoortVoorvoegsel = "poort-";

    public Regelsetsoort? Soort => SoortVan(Naam);

    public static Regelsetsoort? SoortVan(string naam) => naam switch
    {
        VereisteAdviezen => Regelsetsoort.VereisteAdviezen,
        RouteOrRaad => Regelsetsoort.Route,
        _ when naam.StartsWith(PoortVoorvoegsel, StringComparison.Ordinal) && naam.Length > PoortVoorvoegsel.Length => Regelsetsoort.Poort,
        _ => null,
    };

    /// <summary>The name of the gate set, e.g. <c>poort-directieteam</c>.</summary>
    public static string Poort(string poort) => PoortVoorvoegsel + poort;
}

namespace Besluitvorming.Rules;

/// <summary>One version of a rule set in Microsoft RulesEngine's JSON format. A stored version never changes.</summary>
public sealed record Regelset(string Naam, int Versie, string Json)
{
    public const string VereisteAdviezen = "vereiste-adviezen";
    public const string RouteOrRaad = "route-or-raad";
    public const string PoortVoorvoegsel = "poort-";
    /// <summary>A gate of a traject: its rules read <see cref="Feiten.TrajectFeiten"/> instead of a proposal's facts.</summary>
    public const string TrajectPoortVoorvoegsel = "poort-traject-";

    public Regelsetsoort? Soort => SoortVan(Naam);

    public static Regelsetsoort? SoortVan(string naam) => naam switch
    {
        VereisteAdviezen => Regelsetsoort.VereisteAdviezen,
        RouteOrRaad => Regelsetsoort.Route,
        _ when naam.StartsWith(PoortVoorvoegsel, StringComparison.Ordinal) && naam.Length > PoortVoorvoegsel.Length => Regelsetsoort.Poort,
        _ => null,
    };

    /// <summary>The facts the set's expressions and messages are about: a traject's for <c>poort-traject-*</c>, else a proposal's.</summary>
    public static Type FeitenType(string naam) =>
        naam.StartsWith(TrajectPoortVoorvoegsel, StringComparison.Ordinal) ? typeof(Feiten.TrajectFeiten) : typeof(Feiten.VoorstelFeiten);

    /// <summary>The name of the gate set, e.g. <c>poort-directieteam</c>.</summary>
    public static string Poort(string poort) => PoortVoorvoegsel + poort;
}

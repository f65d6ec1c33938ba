namespace Besluitvorming.Workflows.Voorstellen;

public static class AspectTeksten
{
    public static string Naam(Aspect aspect) => aspect switch
    {
        Aspect.Financien => "Financiën",
        Aspect.Personeel => "Personeel (P&O)",
        Aspect.Informatisering => "Informatie- en automatisering",
        Aspect.Inkoop => "Inkoop en aanbesteding",
        Aspect.Juridisch => "Juridisch",
        Aspect.Communicatie => "Communicatie",
        Aspect.Smo => "Team SMO (Ontwikkelbedrijf)",
        _ => aspect.ToString(),
    };

    /// <summary>The question the template asks the steller for each aspect.</summary>
    public static string Vraag(Aspect aspect) => aspect switch
    {
        Aspect.Financien => "Wat zijn de financiële gevolgen en de verwerking hiervan? (kosten, baten en dekking)",
        Aspect.Personeel => "Wat zijn de personele gevolgen? (uitbreiding of afname aantal fte's en inhuur)",
        Aspect.Informatisering => "Wat is de relatie met het informatie- en automatiseringsbeleid?",
        Aspect.Inkoop => "Wat is de relatie met het inkoop- en aanbestedingsbeleid?",
        Aspect.Juridisch => "Wat zijn de juridische aspecten van het voorstel?",
        Aspect.Communicatie => "Communicatie intern / extern",
        Aspect.Smo => "Alleen bij voorstellen van de afdeling Ontwikkelbedrijf betreffende projecten: kan team SMO instemmen?",
        _ => aspect.ToString(),
    };
}

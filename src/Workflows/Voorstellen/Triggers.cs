namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The triggers a definition may use. The definition says where a trigger leads, who may fire it, which gate it
/// passes, which mails it sends and which input it asks; <see cref="Voorstel"/> says what it records on the proposal.
/// </summary>
public static class Triggers
{
    public const string Indienen = "Indienen";
    public const string Herindienen = "Herindienen";
    public const string Paraferen = "Paraferen";
    public const string Terugsturen = "Terugsturen";
    public const string AdviesUitbrengen = "AdviesUitbrengen";
    public const string AdviezenCompleet = "AdviezenCompleet";
    public const string DirectiebesluitVastleggen = "DirectiebesluitVastleggen";
    public const string OrAdviesVastleggen = "OrAdviesVastleggen";
    public const string Instemmen = "Instemmen";
    public const string InstemmenMetWijzigingen = "InstemmenMetWijzigingen";
    public const string Aanhouden = "Aanhouden";
    public const string Afwijzen = "Afwijzen";
    public const string RaadVaststellen = "RaadVaststellen";
    public const string RaadAanhouden = "RaadAanhouden";
    public const string RaadVerwerpen = "RaadVerwerpen";
    public const string Intrekken = "Intrekken";
    /// <summary>The decision is made public (Woo): at once when openbaar, after the embargo date when uitgesteld.</summary>
    public const string Publiceren = "Publiceren";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Indienen, Herindienen, Paraferen, Terugsturen, AdviesUitbrengen, AdviezenCompleet, DirectiebesluitVastleggen,
        OrAdviesVastleggen, Instemmen, InstemmenMetWijzigingen, Aanhouden, Afwijzen, RaadVaststellen, RaadAanhouden,
        RaadVerwerpen, Intrekken, Publiceren,
    };

    public static string Naam(string trigger) => trigger switch
    {
        Indienen => "Indienen",
        Herindienen => "Opnieuw indienen",
        Paraferen => "Paraferen",
        Terugsturen => "Terugsturen naar steller",
        AdviesUitbrengen => "Advies uitbrengen",
        AdviezenCompleet => "Alle adviezen binnen",
        DirectiebesluitVastleggen => "Directiebesluit vastleggen",
        OrAdviesVastleggen => "Advies OR vastleggen",
        Instemmen => "Ingestemd",
        InstemmenMetWijzigingen => "Ingestemd met wijzigingen",
        Aanhouden => "Aangehouden",
        Afwijzen => "Afgewezen",
        RaadVaststellen => "Raad heeft vastgesteld",
        RaadAanhouden => "Raad heeft aangehouden",
        RaadVerwerpen => "Raad heeft verworpen",
        Intrekken => "Intrekken",
        Publiceren => "Gepubliceerd",
        _ => trigger,
    };
}

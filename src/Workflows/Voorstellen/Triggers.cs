namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The triggers a definition may use. The definition says where a trigger leads and who may fire it; the code
/// here says what the trigger records on the proposal and which input it needs.
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

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Indienen, Herindienen, Paraferen, Terugsturen, AdviesUitbrengen, AdviezenCompleet, DirectiebesluitVastleggen,
        OrAdviesVastleggen, Instemmen, InstemmenMetWijzigingen, Aanhouden, Afwijzen, RaadVaststellen, RaadAanhouden,
        RaadVerwerpen, Intrekken,
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
        _ => trigger,
    };

    /// <summary>Checks the input a trigger needs; keys are <see cref="ActieInvoer"/> property names.</summary>
    public static Dictionary<string, string> Valideer(string trigger, ActieInvoer invoer)
    {
        var fouten = new Dictionary<string, string>();
        void Verplicht(bool ok, string veld, string melding)
        {
            if (!ok) fouten.TryAdd(veld, melding);
        }

        // Whatever the trigger: no text longer than its column, none with a control character.
        Veldlengtes.Controleer(fouten, nameof(invoer.Reden), invoer.Reden, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, nameof(invoer.Opmerking), invoer.Opmerking, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, nameof(invoer.Tekst), invoer.Tekst, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, nameof(invoer.BehandelendTeam), invoer.BehandelendTeam?.Trim(), Veldlengtes.BehandelendTeam);

        switch (trigger)
        {
            case Terugsturen:
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Reden), nameof(invoer.Reden),
                    "Geef aan waarom u het voorstel terugstuurt; de steller ziet deze reden.");
                break;
            case Intrekken:
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Reden), nameof(invoer.Reden),
                    "Geef aan waarom u het voorstel intrekt.");
                break;
            case AdviesUitbrengen:
                Verplicht(invoer.Instemming.HasValue, nameof(invoer.Instemming),
                    "Kies of u kunt instemmen met het voorstel (ja of nee).");
                Verplicht(invoer.Instemming != false || !string.IsNullOrWhiteSpace(invoer.Opmerking), nameof(invoer.Opmerking),
                    "Licht toe waarom u niet kunt instemmen.");
                break;
            case DirectiebesluitVastleggen:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van het directieteam in.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Tekst), nameof(invoer.Tekst),
                    "Vul de punten van het directiebesluit in (één per regel).");
                break;
            case OrAdviesVastleggen:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van het advies van de ondernemingsraad in.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Tekst), nameof(invoer.Tekst), "Vul het advies van de ondernemingsraad in.");
                break;
            case Instemmen or InstemmenMetWijzigingen or Afwijzen:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van de collegevergadering in.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Tekst), nameof(invoer.Tekst), "Vul de besluittekst in.");
                Verplicht(invoer.Volgnummer is null or > 0, nameof(invoer.Volgnummer), "Het volgnummer moet een positief getal zijn.");
                break;
            case Aanhouden:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van de collegevergadering in.");
                Verplicht(invoer.NieuweDatum.HasValue, nameof(invoer.NieuweDatum), "Vul de vergadering in waarnaar het voorstel is aangehouden.");
                Verplicht(!invoer.Datum.HasValue || !invoer.NieuweDatum.HasValue || invoer.NieuweDatum > invoer.Datum,
                    nameof(invoer.NieuweDatum), "De nieuwe vergaderdatum moet na de vergadering liggen waarin is aangehouden.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Reden), nameof(invoer.Reden), "Geef aan waarom het voorstel is aangehouden.");
                break;
            case RaadVaststellen or RaadVerwerpen:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van de raadsvergadering in.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Tekst), nameof(invoer.Tekst), "Vul de besluittekst van de raad in.");
                break;
            case RaadAanhouden:
                Verplicht(invoer.Datum.HasValue, nameof(invoer.Datum), "Vul de datum van de raadsvergadering in.");
                Verplicht(invoer.NieuweDatum.HasValue, nameof(invoer.NieuweDatum), "Vul de raadsvergadering in waarnaar het voorstel is aangehouden.");
                Verplicht(!invoer.Datum.HasValue || !invoer.NieuweDatum.HasValue || invoer.NieuweDatum > invoer.Datum,
                    nameof(invoer.NieuweDatum), "De nieuwe vergaderdatum moet na de raadsvergadering liggen waarin is aangehouden.");
                Verplicht(!string.IsNullOrWhiteSpace(invoer.Reden), nameof(invoer.Reden), "Geef aan waarom de raad het voorstel heeft aangehouden.");
                break;
        }

        return fouten;
    }
}

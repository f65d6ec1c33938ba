namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// One bedrijfsvoeringsaspect of a proposal: what the steller wrote about it, whether advice is needed,
/// and the advice given ("Kan de adviseur instemmen met het voorstel? ja/nee", name, remark).
/// </summary>
public sealed class Bedrijfsvoeringsaspect
{
    public Aspect Aspect { get; private set; }

    /// <summary>The steller's text: the consequences for this aspect.</summary>
    public string? Toelichting { get; private set; }

    /// <summary>The steller asks for this advice even when the routing policy does not require it.</summary>
    public bool AdviesGevraagd { get; private set; }

    /// <summary>Set by the routing policy on (re)submission: the route waits for this advice.</summary>
    public bool Vereist { get; private set; }

    public bool? Instemming { get; private set; }
    public string? AdviseurId { get; private set; }
    public string? AdviseurNaam { get; private set; }
    public string? Opmerking { get; private set; }
    public DateTime? AdviesOp { get; private set; }

    /// <summary>False once a revision changed what the advice was about.</summary>
    public bool AdviesGeldig { get; private set; }

    /// <summary>Fingerprint of the content the advice was given on; a revision that changes it voids the advice.</summary>
    public string? AdviesOpInhoud { get; private set; }

    private Bedrijfsvoeringsaspect() { }

    internal Bedrijfsvoeringsaspect(Aspect aspect) => Aspect = aspect;

    internal void WijzigToelichting(string? toelichting, bool adviesGevraagd)
    {
        Toelichting = toelichting;
        AdviesGevraagd = adviesGevraagd;
    }

    internal void ZetVereist(bool vereist) => Vereist = vereist;

    internal void RegistreerAdvies(bool instemming, string adviseurId, string adviseurNaam, string? opmerking,
        DateTime op, string inhoud)
    {
        Instemming = instemming;
        AdviseurId = adviseurId;
        AdviseurNaam = adviseurNaam;
        Opmerking = opmerking;
        AdviesOp = op;
        AdviesGeldig = true;
        AdviesOpInhoud = inhoud;
    }

    /// <summary>Keeps the advice for the record but no longer counts it as given.</summary>
    internal void VervalAdvies() => AdviesGeldig = false;

    public bool HeeftGeldigAdvies => AdviesGeldig && Instemming.HasValue;
}

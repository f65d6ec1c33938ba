namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>An uploaded attachment. The bytes live in a separate store (see the web host's Bestand).</summary>
public sealed class Bijlage
{
    public int Id { get; private set; }
    public int VoorstelId { get; private set; }
    public int Nr { get; private set; }
    public string Naam { get; private set; } = "";
    public DateOnly Datum { get; private set; }
    /// <summary>An explicit choice; null while the steller has not made it (then the bijlage is not public).</summary>
    public bool? Openbaar { get; private set; }
    public BijlageSoort Soort { get; private set; }
    public Guid BestandId { get; private set; }
    public string Bestandsnaam { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Grootte { get; private set; }

    private Bijlage() { }

    internal Bijlage(int nr, string naam, DateOnly datum, bool? openbaar, BijlageSoort soort, Guid bestandId,
        string bestandsnaam, string contentType, long grootte)
    {
        Nr = nr;
        Naam = naam;
        Datum = datum;
        Openbaar = openbaar;
        Soort = soort;
        BestandId = bestandId;
        Bestandsnaam = bestandsnaam;
        ContentType = contentType;
        Grootte = grootte;
    }

    internal void Wijzig(int nr, string naam, DateOnly datum, bool? openbaar, BijlageSoort soort)
    {
        Nr = nr;
        Naam = naam;
        Datum = datum;
        Openbaar = openbaar;
        Soort = soort;
    }
}

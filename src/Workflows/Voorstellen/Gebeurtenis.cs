namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>One line of a proposal's timeline: who did what, when, and why.</summary>
public sealed class Gebeurtenis
{
    public long Id { get; private set; }
    public int VoorstelId { get; private set; }
    public DateTime Tijdstip { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorNaam { get; private set; } = "";
    public string Soort { get; private set; } = "";
    public string Omschrijving { get; private set; } = "";
    public string? Reden { get; private set; }
    public string? VanStatus { get; private set; }
    public string? NaarStatus { get; private set; }

    private Gebeurtenis() { }

    internal Gebeurtenis(DateTime tijdstip, string? actorId, string actorNaam, string soort, string omschrijving,
        string? reden, string? vanStatus, string? naarStatus)
    {
        Tijdstip = tijdstip;
        ActorId = actorId;
        ActorNaam = actorNaam;
        Soort = soort;
        Omschrijving = omschrijving;
        Reden = reden;
        VanStatus = vanStatus;
        NaarStatus = naarStatus;
    }
}

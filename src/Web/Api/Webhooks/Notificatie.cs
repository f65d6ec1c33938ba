namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// One notification in the outbox: written in the same transaction as the change it reports, with its JSON body
/// fixed then (no confidential content). The dispatcher fans it out to the channel's subscriptions once
/// (<see cref="Uitgewaaierd"/>), as <see cref="Bezorging"/> rows.
/// </summary>
public sealed class Notificatie
{
    public long Id { get; private set; }
    /// <summary>Sent as the Besluitvorming-Gebeurtenis-Id header and in the body: the receiver's deduplication key.</summary>
    public Guid GebeurtenisId { get; private set; }
    public string Kanaal { get; private set; } = "";
    public int VoorstelId { get; private set; }
    public DateTime Tijdstip { get; private set; }
    public string Inhoud { get; private set; } = "";
    public bool Uitgewaaierd { get; private set; }

    private Notificatie() { }

    public Notificatie(Guid gebeurtenisId, string kanaal, int voorstelId, DateTime tijdstip, string inhoud)
    {
        GebeurtenisId = gebeurtenisId;
        Kanaal = kanaal;
        VoorstelId = voorstelId;
        Tijdstip = tijdstip;
        Inhoud = inhoud;
    }
}

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// What one round of <see cref="WebhookDispatcher.RondeAsync"/> did: notifications fanned out (and the deliveries
/// they made), deliveries that arrived (2xx), failed (and wait for a retry or are given up), and that another round
/// claimed first.
/// </summary>
public sealed record Bezorgronde(int Uitgewaaierd, int Aangemaakt, int Bezorgd, int Mislukt, int EldersGeclaimd)
{
    public static readonly Bezorgronde Leeg = new(0, 0, 0, 0, 0);

    public bool DeedIets => Uitgewaaierd + Bezorgd + Mislukt > 0;

    public static Bezorgronde operator +(Bezorgronde a, Bezorgronde b) => new(a.Uitgewaaierd + b.Uitgewaaierd,
        a.Aangemaakt + b.Aangemaakt, a.Bezorgd + b.Bezorgd, a.Mislukt + b.Mislukt, a.EldersGeclaimd + b.EldersGeclaimd);
}

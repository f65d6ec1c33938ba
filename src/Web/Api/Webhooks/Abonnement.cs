namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// An API client's subscription to one channel: notifications go to <see cref="CallbackUrl"/>, signed with a secret
/// the client received once. The secret is kept encrypted (Data Protection), not hashed: every delivery signs with it.
/// </summary>
public sealed class Abonnement
{
    public long Id { get; private set; }
    public string ClientId { get; private set; } = "";
    public string Kanaal { get; private set; } = "";
    public string CallbackUrl { get; private set; } = "";
    public string VersleuteldGeheim { get; private set; } = "";
    public DateTime AangemaaktOp { get; private set; }
    public bool Actief { get; private set; }
    public DateTime? OpgehevenOp { get; private set; }
    public string? OpgehevenDoor { get; private set; }
    /// <summary>
    /// The newest notification when the subscription was made: only later ones reach it (a new subscriber does not
    /// get the backlog the dispatcher has not fanned out yet).
    /// </summary>
    public long VanafNotificatieId { get; private set; }

    private Abonnement() { }

    public Abonnement(string clientId, string kanaal, string callbackUrl, string versleuteldGeheim, long vanafNotificatieId, DateTime nu)
    {
        ClientId = clientId;
        Kanaal = kanaal;
        CallbackUrl = callbackUrl;
        VersleuteldGeheim = versleuteldGeheim;
        VanafNotificatieId = vanafNotificatieId;
        AangemaaktOp = nu;
        Actief = true;
    }

    /// <summary>No more deliveries; the row stays for the beheerder's overview.</summary>
    public void Hef(string door, DateTime nu)
    {
        if (!Actief) return;
        Actief = false;
        OpgehevenOp = nu;
        OpgehevenDoor = door;
    }
}

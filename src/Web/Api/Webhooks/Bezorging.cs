namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// One notification to one subscription. Done on a 2xx answer only; otherwise tried again with exponential back-off
/// until <see cref="WebhookOptions.MaxPogingen"/>, then <see cref="BezorgStatus.Mislukt"/> for the beheerder.
/// </summary>
public sealed class Bezorging
{
    public long Id { get; private set; }
    public long NotificatieId { get; private set; }
    public Notificatie Notificatie { get; private set; } = null!;
    public long AbonnementId { get; private set; }
    public Abonnement Abonnement { get; private set; } = null!;
    public BezorgStatus Status { get; private set; }
    public int Pogingen { get; private set; }
    public DateTime AangemaaktOp { get; private set; }
    public DateTime VolgendePogingOp { get; private set; }
    public DateTime? LaatstePogingOp { get; private set; }
    public DateTime? BezorgdOp { get; private set; }
    public int? LaatsteStatuscode { get; private set; }
    public string? LaatsteFout { get; private set; }

    private Bezorging() { }

    public Bezorging(long notificatieId, long abonnementId, DateTime nu)
    {
        NotificatieId = notificatieId;
        AbonnementId = abonnementId;
        AangemaaktOp = nu;
        VolgendePogingOp = nu;
        Status = BezorgStatus.Wachtend;
    }

    public void MarkeerBezorgd(int statuscode, DateTime nu)
    {
        Pogingen++;
        Status = BezorgStatus.Bezorgd;
        LaatsteStatuscode = statuscode;
        LaatstePogingOp = BezorgdOp = nu;
        LaatsteFout = null;
    }

    /// <summary>Back-off doubles per attempt up to a ceiling; after the last attempt the delivery is given up.</summary>
    public void MarkeerMislukt(int? statuscode, string fout, DateTime nu, WebhookOptions opties)
    {
        Pogingen++;
        LaatsteStatuscode = statuscode;
        LaatstePogingOp = nu;
        LaatsteFout = fout.Length > 1000 ? fout[..1000] : fout;
        if (Pogingen >= opties.MaxPogingen)
        {
            Status = BezorgStatus.Mislukt;
            return;
        }
        var wacht = opties.EersteWachttijd * Math.Pow(2, Pogingen - 1);
        VolgendePogingOp = nu + (wacht < opties.MaxWachttijd ? wacht : opties.MaxWachttijd);
    }
}

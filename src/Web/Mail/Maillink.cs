namespace Besluitvorming.Web.Mail;

/// <summary>
/// A link in a mail that lets one person act on one task without signing in. Only the SHA-256 of the token is
/// stored; the token itself exists only in the mail. Single use, expiring, and void once the task closes.
/// </summary>
public sealed class Maillink
{
    public long Id { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    /// <summary>The proposal's task the link acts on; null for a link to a traject step.</summary>
    public int? TaakId { get; private set; }
    public int? VoorstelId { get; private set; }
    /// <summary>The traject step visit the link acts on (its owner records it); null for a proposal's task.</summary>
    public int? TrajectStapId { get; private set; }
    public int? TrajectId { get; private set; }
    public string GebruikerId { get; private set; } = "";
    public DateTime AangemaaktOp { get; private set; }
    public DateTime VerlooptOp { get; private set; }
    public DateTime? GebruiktOp { get; private set; }
    public bool Ingetrokken { get; private set; }

    private Maillink() { }

    public Maillink(byte[] tokenHash, int taakId, int voorstelId, string gebruikerId, DateTime nu, DateTime verlooptOp)
    {
        TokenHash = tokenHash;
        TaakId = taakId;
        VoorstelId = voorstelId;
        GebruikerId = gebruikerId;
        AangemaaktOp = nu;
        VerlooptOp = verlooptOp;
    }

    /// <summary>A link for the owner of one visit of a traject step.</summary>
    public static Maillink VoorTrajectStap(byte[] tokenHash, int trajectStapId, int trajectId, string gebruikerId, DateTime nu,
        DateTime verlooptOp) => new()
    {
        TokenHash = tokenHash,
        TrajectStapId = trajectStapId,
        TrajectId = trajectId,
        GebruikerId = gebruikerId,
        AangemaaktOp = nu,
        VerlooptOp = verlooptOp,
    };

    public bool IsBruikbaar(DateTime nu) => GebruiktOp is null && !Ingetrokken && nu < VerlooptOp;

    public void Gebruik(DateTime nu) => GebruiktOp = nu;

    public void TrekIn() => Ingetrokken = true;
}

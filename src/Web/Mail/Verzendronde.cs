namespace Besluitvorming.Web.Mail;

/// <summary>
/// What one round of <see cref="MailDispatcher.VerstuurRondeAsync"/> did: how many rows were due when it looked, how
/// many it sent, how many failed (and wait for a retry or are given up), and how many another round claimed first.
/// Due rows it did not touch (the server went away mid-round) wait for the next round.
/// </summary>
public sealed record Verzendronde(int Klaar, int Verzonden, int Mislukt, int EldersGeclaimd)
{
    public static readonly Verzendronde Leeg = new(0, 0, 0, 0);

    public int Blijven => Klaar - Verzonden - Mislukt - EldersGeclaimd;
}

namespace Besluitvorming.Web.Mail;

public enum MailStatus
{
    Wachtend,
    Verzonden,
    /// <summary>Gave up after the configured number of attempts; the beheerder can send it again.</summary>
    Mislukt,
}

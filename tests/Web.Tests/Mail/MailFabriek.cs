namespace Besluitvorming.Web.Tests.Mail;

/// <summary>The app sending through a real SMTP server (maildev).</summary>
public sealed class MailFabriek : BesluitvormingFabriek
{
    public MailFabriek(Maildev server, int maxPogingen = 10, bool postgres = false)
    {
        if (postgres) PostgresFabriek.OpEigenDatabase(this);
        ExtraInstellingen["Mail:SmtpHost"] = server.Host;
        ExtraInstellingen["Mail:SmtpPoort"] = server.SmtpPoort.ToString();
        ExtraInstellingen["Mail:SmtpTls"] = "None";
        ExtraInstellingen["Mail:MaxPogingen"] = maxPogingen.ToString();
    }
}

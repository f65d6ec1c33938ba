namespace Besluitvorming.Web.Mail;

/// <summary>
/// Delivers mail. The dispatcher opens one session per round, so a round of messages shares one connection.
/// </summary>
public interface IMailTransport
{
    Task<IMailSessie> OpenAsync(CancellationToken ct);
}

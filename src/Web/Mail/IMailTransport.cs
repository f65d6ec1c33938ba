using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Delivers one message. Throws when it could not be delivered (server unreachable, refused); the dispatcher
/// then tries again later. May deliver twice when the caller crashes before recording success.
/// </summary>
public interface IMailTransport
{
    Task VerstuurAsync(MimeMessage bericht, CancellationToken ct);
}

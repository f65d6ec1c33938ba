using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Delivers one message at a time. Throws when a message could not be delivered (server unreachable, refused);
/// the dispatcher then tries it again later. May deliver twice when the caller crashes before recording success.
/// </summary>
public interface IMailSessie : IAsyncDisposable
{
    Task VerstuurAsync(MimeMessage bericht, CancellationToken ct);
}

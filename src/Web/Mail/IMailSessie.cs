using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Delivers one message at a time. Throws when a message could not be delivered (server unreachable, refused);
/// the dispatcher then tries it again later. May deliver twice when the caller crashes before recording success.
/// </summary>
public interface IMailSessie : IAsyncDisposable
{
    Task VerstuurAsync(MimeMessage bericht, CancellationToken ct);

    /// <summary>
    /// The same, blocking the calling thread: the dispatcher sends a batch this way from a thread of its own (see
    /// <see cref="MailDispatcher"/>). A transport without a synchronous path of its own waits for its asynchronous one.
    /// </summary>
    void Verstuur(MimeMessage bericht, CancellationToken ct) => VerstuurAsync(bericht, ct).GetAwaiter().GetResult();
}

using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// A multipart/alternative body whose end waits for a task (the previous mail's record) when it is written out
/// asynchronously, as the SMTP transport and the folder transport do. An SMTP server takes a message only at its end (the
/// line with the single dot after the body), so while the previous mail is being recorded this one's envelope (MAIL FROM,
/// RCPT TO, DATA) and body already go out, and it cannot be accepted before that record is committed: at any moment at
/// most one accepted mail is unrecorded, as when the record came before the next send. If the record fails, so does this
/// write, and the server drops the unfinished message. Synchronous writes (MailKit measures a message that way when the
/// server announces SIZE) do not wait: they send nothing.
/// </summary>
public sealed class Vastleggingspoort(Task vorige) : MultipartAlternative
{
    public override async Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        await base.WriteToAsync(options, stream, contentOnly, cancellationToken);
        await vorige;
    }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Besluitvorming.Web.Mail;

public sealed class SmtpMailTransport(IOptions<MailOptions> opties) : IMailTransport
{
    public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
    {
        var o = opties.Value;
        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(o.SmtpHost!, o.SmtpPoort, Enum.Parse<SecureSocketOptions>(o.SmtpTls), ct);
        if (!string.IsNullOrEmpty(o.SmtpGebruiker))
            await smtp.AuthenticateAsync(o.SmtpGebruiker, o.SmtpWachtwoord ?? "", ct);
        await smtp.SendAsync(bericht, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}

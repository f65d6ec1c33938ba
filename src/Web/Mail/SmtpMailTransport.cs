using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Besluitvorming.Web.Mail;

public sealed class SmtpMailTransport(IOptions<MailOptions> opties) : IMailTransport
{
    public Task<IMailSessie> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSessie>(new Sessie(opties.Value));

    /// <summary>Connects on the first message and reconnects after a failure; one connection for the whole round.</summary>
    private sealed class Sessie(MailOptions o) : IMailSessie
    {
        private SmtpClient? _smtp;

        public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
        {
            try
            {
                if (_smtp is not { IsConnected: true })
                {
                    _smtp?.Dispose();
                    _smtp = new SmtpClient { Timeout = 30_000 };
                    await _smtp.ConnectAsync(o.SmtpHost!, o.SmtpPoort, Enum.Parse<SecureSocketOptions>(o.SmtpTls), ct);
                    if (!string.IsNullOrEmpty(o.SmtpGebruiker))
                        await _smtp.AuthenticateAsync(o.SmtpGebruiker, o.SmtpWachtwoord ?? "", ct);
                }
                await _smtp.SendAsync(bericht, ct);
            }
            catch
            {
                _smtp?.Dispose();
                _smtp = null;
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_smtp is null) return;
            try
            {
                if (_smtp.IsConnected) await _smtp.DisconnectAsync(true);
            }
            catch (Exception)
            {
                // The messages are sent; a failing QUIT changes nothing.
            }
            _smtp.Dispose();
        }
    }
}

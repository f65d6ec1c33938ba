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
                    // Without NoDelay each message waits for the server's delayed ACK (40 ms on Linux) before its last
                    // line leaves: a batch over one connection would be paced by that, not by the server.
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(o.SmtpHost!, o.SmtpPoort, ct);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                    await _smtp.ConnectAsync(socket, o.SmtpHost!, o.SmtpPoort, Enum.Parse<SecureSocketOptions>(o.SmtpTls), ct);
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

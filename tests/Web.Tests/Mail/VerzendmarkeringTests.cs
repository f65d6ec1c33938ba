using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// A kill -9 between the SMTP server's acceptance and the dispatcher's record of it resends what was accepted and not
/// recorded. The dispatcher records each mail while the next goes out, and that next one cannot be accepted before the
/// record is committed (<see cref="Vastleggingspoort"/>), so that is at most one. The transport here is the real SMTP
/// transport (maildev) with a look into the database right after each message was accepted.
/// </summary>
public sealed class VerzendmarkeringTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        _fabriek = new MailFabriek(_server) { VerzendenOpAchtergrond = false };
        (await _fabriek.VerstuurMailAsync()).Mislukt.ShouldBe(0);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Elke_verzonden_mail_staat_als_verzonden_vast_voordat_de_volgende_wordt_aangenomen()
    {
        var onderwerp = $"Markering {Guid.NewGuid():N}";
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            for (var i = 0; i < 5; i++)
                db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"markering{i}@gemeente.example", "Test", $"{onderwerp} {i}",
                    "<p>x</p>", "x", null, MailSoorten.Opmerking, _fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }
        var waarnemingen = new List<(string MessageId, int NietVastgelegd)>();
        await using var app = _fabriek.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMailTransport>(sp => new Waarnemer(sp.GetRequiredService<SmtpMailTransport>(), sp, waarnemingen))));

        var ronde = await app.Services.GetRequiredService<MailDispatcher>().VerstuurRondeAsync();

        ronde.Verzonden.ShouldBe(5);
        waarnemingen.Count.ShouldBe(5);
        // When the server accepts a message, every message that went before it is recorded as sent: a crash at that
        // moment would resend only the one just accepted.
        waarnemingen.ShouldAllBe(w => w.NietVastgelegd == 0);
        for (var i = 0; i < 5; i++) await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} {i}");
        (await _server.BerichtenAsync()).Count(b => b.Onderwerp.StartsWith(onderwerp)).ShouldBe(5);
    }

    /// <summary>Right after the server accepted a message, counts the earlier messages of this session the outbox does not yet have as sent.</summary>
    internal sealed class Waarnemer(IMailTransport echt, IServiceProvider diensten, List<(string, int)> waarnemingen) : IMailTransport
    {
        public async Task<IMailSessie> OpenAsync(CancellationToken ct) => new Sessie(await echt.OpenAsync(ct), diensten, waarnemingen);

        private sealed class Sessie(IMailSessie echt, IServiceProvider diensten, List<(string, int)> waarnemingen) : IMailSessie
        {
            private readonly List<string> _eerder = [];

            public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
            {
                await echt.VerstuurAsync(bericht, ct);
                // The server has just accepted this message; every message before it must be recorded by now.
                using (var scope = diensten.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
                    var eerder = _eerder.ToList();
                    var open = await db.UitgaandeMails.AsNoTracking()
                        .CountAsync(m => eerder.Contains(m.MessageId) && m.Status != MailStatus.Verzonden, ct);
                    waarnemingen.Add((bericht.MessageId, open));
                }
                _eerder.Add(bericht.MessageId);
            }

            public ValueTask DisposeAsync() => echt.DisposeAsync();
        }
    }
}

using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>The mail server goes down: transitions go on, and the mail arrives once it is back.</summary>
public sealed class SmtpStoringTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        _fabriek = new MailFabriek(_server);
        _fabriek.Klant(); // start the app (and send the demo data's mail) while the server is up
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Overgang_slaagt_zonder_mailserver_en_de_mail_komt_precies_een_keer_aan_als_hij_terug_is()
    {
        var route = new Route(_fabriek);
        await route.AlsAsync("steller");
        await _server.StopAsync();

        var onderwerp = $"Storing {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        (await route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");

        // The dispatcher tries, fails, and keeps the message with its error.
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var tot = DateTime.UtcNow.AddSeconds(15);
            while (!await db.UitgaandeMails.AnyAsync(m => m.VoorstelId == id && m.Pogingen > 0 && m.LaatsteFout != null))
            {
                DateTime.UtcNow.ShouldBeLessThan(tot, "de verzender probeerde niet te versturen");
                await Task.Delay(200);
            }
            (await db.UitgaandeMails.Where(m => m.VoorstelId == id).AllAsync(m => m.Status == MailStatus.Wachtend)).ShouldBeTrue();
        }

        await _server.StartAsync();
        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");
        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "steller@gemeente.example");
        await Task.Delay(2500); // more retry rounds than the backoff needs: nothing may come twice
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.Contains(onderwerp)).ToList();
        berichten.Count.ShouldBe(2);

        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.UitgaandeMails.Where(m => m.VoorstelId == id).AllAsync(m => m.Status == MailStatus.Verzonden)).ShouldBeTrue();
        }
    }
}

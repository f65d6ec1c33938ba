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
        if (Environment.GetEnvironmentVariable("MAIL_DEBUG") is not null) _fabriek.ExtraInstellingen["Logging:LogLevel:Default"] = "Information";
        _fabriek.Klant(); // start the app (and send the demo data's mail) while the server is up
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task AllesVerzondenAsync()
    {
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (await db.UitgaandeMails.AnyAsync(m => m.Status != MailStatus.Verzonden))
        {
            DateTime.UtcNow.ShouldBeLessThan(tot, "de demomail ging niet de deur uit");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Overgang_slaagt_zonder_mailserver_en_de_mail_komt_precies_een_keer_aan_als_hij_terug_is()
    {
        var route = new Route(_fabriek);
        await route.AlsAsync("steller");
        await AllesVerzondenAsync(); // the demo data's mail is out before the server goes down
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

    [Fact]
    public async Task Crash_tussen_versturen_en_markeren_geeft_hooguit_een_herzending_met_hetzelfde_message_id()
    {
        var route = new Route(_fabriek);
        var onderwerp = $"Crash {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var eerste = await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");

        // What a crash right after sending leaves behind: the row still waiting, its claim expired.
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var tot = DateTime.UtcNow.AddSeconds(10);
            while (!await db.UitgaandeMails.AnyAsync(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example" && m.Status == MailStatus.Verzonden))
            {
                DateTime.UtcNow.ShouldBeLessThan(tot);
                await Task.Delay(100);
            }
            await db.UitgaandeMails.Where(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example")
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Wachtend).SetProperty(m => m.VerzondenOp, (DateTime?)null)
                    .SetProperty(m => m.VolgendePogingOp, DateTime.UtcNow.AddSeconds(-1)));
        }
        _fabriek.Services.GetRequiredService<MailSignaal>().Wek();

        var tot2 = DateTime.UtcNow.AddSeconds(10);
        List<MaildevBericht> berichten;
        while ((berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example").ToList()).Count < 2)
        {
            DateTime.UtcNow.ShouldBeLessThan(tot2, "de onderbroken mail werd niet opnieuw verstuurd");
            await Task.Delay(100);
        }
        await Task.Delay(1500);
        berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example").ToList();
        berichten.Count.ShouldBe(2, "precies één herzending");
        berichten.Select(b => b.MessageId).Distinct().Single().ShouldBe(eerste.MessageId);
    }

    [Fact]
    public async Task Twee_verzenders_tegelijk_versturen_een_bericht_maar_een_keer()
    {
        var onderwerp = $"Claim {Guid.NewGuid():N}";
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            for (var i = 0; i < 10; i++)
                db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"claim{i}@gemeente.example", "Test", $"{onderwerp} {i}",
                    "<p>x</p>", "x", null, MailSoorten.Opmerking, DateTime.UtcNow.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }
        var dispatcher = _fabriek.Services.GetRequiredService<MailDispatcher>();
        // Three rounds at once besides the background dispatcher (the demo data's mail may still be going out too).
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => dispatcher.VerstuurRondeAsync(CancellationToken.None))));
        var tot = DateTime.UtcNow.AddSeconds(30);
        while ((await _server.BerichtenAsync()).Count(b => b.Onderwerp.StartsWith(onderwerp)) < 10 && DateTime.UtcNow < tot)
            await Task.Delay(200);
        await Task.Delay(1500);
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.StartsWith(onderwerp)).ToList();
        string staat;
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            staat = string.Join("\n", (await db.UitgaandeMails.Where(m => m.Onderwerp.StartsWith(onderwerp)).ToListAsync())
                .Select(m => $"{m.Onderwerp} {m.Status} {m.Pogingen} {m.VolgendePogingOp:o} {m.LaatsteFout}"));
        }
        berichten.Count.ShouldBe(10, staat);
        berichten.Select(b => b.MessageId).Distinct().Count().ShouldBe(10);
    }
}

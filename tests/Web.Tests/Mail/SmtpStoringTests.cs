using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The mail server goes down: transitions go on, and the mail arrives once it is back. The test drives the dispatcher
/// round by round (its background loop is off) and moves the clock past the back-off, so every step is known to have
/// happened before it is checked.
/// </summary>
public sealed class SmtpStoringTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        _fabriek = new MailFabriek(_server) { VerzendenOpAchtergrond = false };
        // The demo data's mail goes out while the server is up.
        (await _fabriek.VerstuurMailAsync()).Mislukt.ShouldBe(0);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<List<UitgaandeMail>> OutboxAsync(int voorstelId)
    {
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.UitgaandeMails.AsNoTracking().Where(m => m.VoorstelId == voorstelId).ToListAsync();
    }

    [Fact]
    public async Task Overgang_slaagt_zonder_mailserver_en_de_mail_komt_precies_een_keer_aan_als_hij_terug_is()
    {
        var route = new Route(_fabriek);
        await _server.StopAsync();

        var onderwerp = $"Storing {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        (await route.LaadAsync(id)).Status.ShouldBe("ParaafAfdelingshoofd");

        // The dispatcher tries, fails, and keeps the message with its error for a later attempt.
        var mislukt = await _fabriek.VerstuurMailAsync();
        mislukt.Verzonden.ShouldBe(0);
        mislukt.Mislukt.ShouldBeGreaterThanOrEqualTo(1);
        var wachtend = await OutboxAsync(id);
        wachtend.Count.ShouldBe(2);
        wachtend.ShouldAllBe(m => m.Status == MailStatus.Wachtend);
        wachtend.ShouldContain(m => m.Pogingen == 1 && m.LaatsteFout != null);

        await _server.StartAsync();
        _fabriek.VoorbijDeWachttijd();
        (await _fabriek.VerstuurMailAsync()).Verzonden.ShouldBe(2);
        (await OutboxAsync(id)).ShouldAllBe(m => m.Status == MailStatus.Verzonden);
        // Nothing is due any more, so nothing can go out a second time.
        _fabriek.VoorbijDeWachttijd();
        (await _fabriek.VerstuurMailAsync()).Klaar.ShouldBe(0);

        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");
        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "steller@gemeente.example");
        (await _server.BerichtenAsync()).Count(b => b.Onderwerp.Contains(onderwerp)).ShouldBe(2);
    }

    [Fact]
    public async Task Crash_tussen_versturen_en_markeren_geeft_hooguit_een_herzending_met_hetzelfde_message_id()
    {
        var route = new Route(_fabriek);
        var onderwerp = $"Crash {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        (await _fabriek.VerstuurMailAsync()).Verzonden.ShouldBe(2);
        var eerste = await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");

        // What a crash right after sending leaves behind: the row still waiting, its claim expired.
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var nu = _fabriek.Klok.GetUtcNow().UtcDateTime;
            (await db.UitgaandeMails.Where(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example")
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Wachtend).SetProperty(m => m.VerzondenOp, (DateTime?)null)
                    .SetProperty(m => m.VolgendePogingOp, nu.AddSeconds(-1)))).ShouldBe(1);
        }

        (await _fabriek.VerstuurMailAsync()).Verzonden.ShouldBe(1, "precies één herzending");
        _fabriek.VoorbijDeWachttijd();
        (await _fabriek.VerstuurMailAsync()).Klaar.ShouldBe(0);

        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example" && b.Id != eerste.Id);
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example").ToList();
        berichten.Count.ShouldBe(2);
        berichten.Select(b => b.MessageId).Distinct().Single().ShouldBe(eerste.MessageId);
    }

    [Fact]
    public Task Een_tweede_instantie_slaat_over_wat_de_eerste_midden_in_haar_ronde_vasthoudt() => OverlappendeRondes.ElkeMailGaatEenKeerAsync(_fabriek, _server);

    [Fact]
    public async Task Twee_verzenders_tegelijk_versturen_een_bericht_maar_een_keer()
    {
        var onderwerp = $"Claim {Guid.NewGuid():N}";
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            for (var i = 0; i < 10; i++)
                db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"claim{i}@gemeente.example", "Test", $"{onderwerp} {i}",
                    "<p>x</p>", "x", null, MailSoorten.Opmerking, _fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }
        // Three rounds at once, and all three reach their claim statement before any of them runs it.
        var samenkomst = _fabriek.Gelijktijdig.BijCommando(3, sql => sql.Contains("UPDATE") && sql.Contains("UitgaandeMails") && sql.Contains("VolgendePogingOp"));
        var dispatcher = _fabriek.Services.GetRequiredService<MailDispatcher>();
        var rondes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => dispatcher.VerstuurRondeAsync())));

        samenkomst.Samen.ShouldBeTrue();
        // The claim reads and moves the rows in one statement, so a round sees only what it took.
        rondes.Sum(r => r.Klaar).ShouldBe(10, "elke rij is door precies één ronde geclaimd");
        rondes.Sum(r => r.Verzonden).ShouldBe(10);
        rondes.Sum(r => r.Mislukt).ShouldBe(0);

        var berichten = new List<MaildevBericht>();
        for (var i = 0; i < 10; i++)
            berichten.Add(await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} {i}"));
        (await _server.BerichtenAsync()).Count(b => b.Onderwerp.StartsWith(onderwerp)).ShouldBe(10);
        berichten.Select(b => b.MessageId).Distinct().Count().ShouldBe(10);
    }
}

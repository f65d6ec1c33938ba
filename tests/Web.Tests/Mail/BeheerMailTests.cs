using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// Mail that keeps failing is shown to the beheerder with its error and can be sent again. The test drives the
/// dispatcher (its background loop is off) and moves the clock past the back-off between attempts.
/// </summary>
public sealed class BeheerMailTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        await _server.StopAsync(); // the configured server is down from the start
        _fabriek = new MailFabriek(_server, maxPogingen: 2) { VerzendenOpAchtergrond = false };
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Mislukte_mail_staat_met_fout_bij_de_beheerder_en_gaat_na_opnieuw_versturen_een_keer_uit()
    {
        var route = new Route(_fabriek);
        var onderwerp = $"Mislukt {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));

        // Round after round, the clock past the back-off in between: every attempt fails, and after the second one
        // the message is given up and waits for the beheerder (the demo data's mail goes the same way first).
        UitgaandeMail? mail = null;
        for (var ronde = 0; mail is not { Status: MailStatus.Mislukt }; ronde++)
        {
            ronde.ShouldBeLessThan(200, "de mail werd niet als mislukt gemarkeerd");
            (await _fabriek.VerstuurMailAsync()).Verzonden.ShouldBe(0);
            _fabriek.VoorbijDeWachttijd();
            using var scope = _fabriek.Services.CreateScope();
            mail = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails.AsNoTracking()
                .SingleAsync(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example");
        }
        mail.Pogingen.ShouldBe(2);
        var mailId = mail.Id;

        var beheerder = await route.AlsAsync("beheerder");
        var pagina = await beheerder.PaginaAsync("/Beheer/Mail");
        var rij = pagina.QuerySelector($"[data-mislukt] tr[data-mail-id='{mailId}']");
        rij.ShouldNotBeNull();
        rij.TextContent.ShouldContain(onderwerp);
        rij.QuerySelector("[data-fout]")!.TextContent.Trim().ShouldNotBeEmpty();

        await _server.StartAsync();
        var post = await beheerder.VerstuurAsync("/Beheer/Mail", [], formulierSelector: $"tr[data-mail-id='{mailId}'] form");
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _fabriek.VerstuurMailAsync()).Verzonden.ShouldBe(1);
        _fabriek.VoorbijDeWachttijd();
        (await _fabriek.VerstuurMailAsync()).Klaar.ShouldBe(0, "niets meer klaar: er kan niets een tweede keer uitgaan");
        var bericht = await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");
        (await _server.BerichtenAsync()).Count(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example").ShouldBe(1);

        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var verzonden = await db.UitgaandeMails.SingleAsync(m => m.Id == mailId);
            verzonden.Status.ShouldBe(MailStatus.Verzonden);
            bericht.MessageId.ShouldBe($"<{verzonden.MessageId}>");
        }
        (await beheerder.PaginaAsync("/Beheer/Mail")).QuerySelector($"tr[data-mail-id='{mailId}']").ShouldBeNull();
    }

    [Fact]
    public async Task Alleen_de_beheerder_ziet_de_uitgaande_mail()
    {
        var steller = await _fabriek.IngelogdAlsAsync("steller");
        var get = await steller.Http.GetAsync("/Beheer/Mail");
        get.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        get.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        (await _fabriek.Klant().Http.GetAsync("/Beheer/Mail")).Headers.Location!.OriginalString.ShouldContain("/Account/Inloggen");
    }
}

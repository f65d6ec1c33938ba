using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Mail that keeps failing is shown to the beheerder with its error and can be sent again.</summary>
public sealed class BeheerMailTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        await _server.StopAsync(); // the configured server is down from the start
        _fabriek = new MailFabriek(_server, maxPogingen: 2);
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

        long mailId;
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var tot = DateTime.UtcNow.AddSeconds(20);
            while (!await db.UitgaandeMails.AnyAsync(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example" && m.Status == MailStatus.Mislukt))
            {
                DateTime.UtcNow.ShouldBeLessThan(tot, "de mail werd niet als mislukt gemarkeerd");
                await Task.Delay(200);
            }
            mailId = await db.UitgaandeMails.Where(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example").Select(m => m.Id).SingleAsync();
        }

        var beheerder = await route.AlsAsync("beheerder");
        var pagina = await beheerder.PaginaAsync("/Beheer/Mail");
        var rij = pagina.QuerySelector($"[data-mislukt] tr[data-mail-id='{mailId}']");
        rij.ShouldNotBeNull();
        rij.TextContent.ShouldContain(onderwerp);
        rij.QuerySelector("[data-fout]")!.TextContent.Trim().ShouldNotBeEmpty();

        await _server.StartAsync();
        var post = await beheerder.VerstuurAsync("/Beheer/Mail", [], formulierSelector: $"tr[data-mail-id='{mailId}'] form");
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bericht = await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");
        await Task.Delay(1000);
        (await _server.BerichtenAsync()).Count(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example").ShouldBe(1);

        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var mail = await db.UitgaandeMails.SingleAsync(m => m.Id == mailId);
            mail.Status.ShouldBe(MailStatus.Verzonden);
            bericht.MessageId.ShouldBe($"<{mail.MessageId}>");
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

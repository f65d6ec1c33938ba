using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// A mail with a link that cannot be delivered keeps its token, encrypted and out of the beheerder's sight, until it
/// is sent again; then the token goes into the mail, the column is cleared and the link works.
/// </summary>
public sealed class MislukteMaillinkTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        await _server.StopAsync(); // down from the start: the first attempt fails, and with one attempt allowed the mail is 'mislukt'
        _fabriek = new MailFabriek(_server, maxPogingen: 1) { VerzendenOpAchtergrond = false };
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>
    /// Runs dispatcher rounds until one finds nothing due (with the server down a round fails one message and stops, so
    /// it takes a round per message); then the mail to <paramref name="aan"/> must have <paramref name="status"/>.
    /// </summary>
    private async Task<UitgaandeMail> NaVerzendenAsync(int voorstelId, string aan, MailStatus status)
    {
        var dispatcher = _fabriek.Services.GetRequiredService<MailDispatcher>();
        for (var ronde = 0; (await dispatcher.VerstuurRondeAsync()).Klaar > 0; ronde++)
            ronde.ShouldBeLessThan(500, "er bleef mail klaarstaan"); // a round per message; the demo data queues dozens
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var mail = await db.UitgaandeMails.AsNoTracking().SingleOrDefaultAsync(m => m.VoorstelId == voorstelId && m.AanAdres == aan && m.Status == status);
        return mail.ShouldNotBeNull($"de mail aan {aan} werd niet '{status}'");
    }

    [Fact]
    public async Task Mislukte_mail_houdt_het_token_versleuteld_vast_tot_hij_opnieuw_verstuurd_is()
    {
        var route = new Route(_fabriek);
        var onderwerp = $"Mislukte link {Guid.NewGuid():N}";
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        const string aan = "afdelingshoofd@gemeente.example";

        var mislukt = await NaVerzendenAsync(id, aan, MailStatus.Mislukt);
        mislukt.VersleuteldToken.ShouldNotBeNullOrEmpty();
        mislukt.Tekst.ShouldContain($"/Link/{Maillinks.Plaatshouder}");
        (await Databasezoeker.KolommenVolgensAsync(_fabriek, LinktokensInRustTests.RuweLink())).ShouldBeEmpty();

        var beheerder = await route.AlsAsync("beheerder");
        var (_, overzicht) = await beheerder.GetAsync("/Beheer/Mail");
        var html = overzicht.DocumentElement.OuterHtml;
        overzicht.QuerySelector($"[data-mislukt] tr[data-mail-id='{mislukt.Id}']")!.TextContent.ShouldContain(onderwerp);
        html.ShouldNotContain(mislukt.VersleuteldToken!);
        html.ShouldNotContain("/Link/");

        await _server.StartAsync();
        var post = await beheerder.VerstuurAsync("/Beheer/Mail", [], formulierSelector: $"tr[data-mail-id='{mislukt.Id}'] form");
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var verzonden = await NaVerzendenAsync(id, aan, MailStatus.Verzonden);
        var bericht = await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == aan);
        var pad = bericht.LinkPad();
        var token = pad.Split('/').Last();
        _fabriek.Services.GetRequiredService<Linktokenkluis>().Ontsleutel(mislukt.VersleuteldToken!).ShouldBe(token, "de kolom hield precies dit token vast");

        verzonden.VersleuteldToken.ShouldBeNull();
        (await Databasezoeker.KolommenMetAsync(_fabriek, token)).ShouldBeEmpty();
        (await Databasezoeker.KolommenMetAsync(_fabriek, mislukt.VersleuteldToken!)).ShouldBeEmpty();
        (await _fabriek.Klant().PaginaAsync(pad)).Body!.TextContent.ShouldContain(onderwerp);
    }
}

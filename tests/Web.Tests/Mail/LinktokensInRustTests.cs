using System.Net;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// A mail link's token is stored only as a hash: once the mail is sent, no row and no byte of the database holds
/// the token, so a database reader cannot act as the advisor. The advisor's own link still works.
/// </summary>
public sealed partial class LinktokensInRustTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;
    private Route _route = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.GedeeldAsync();
        _fabriek = new MailFabriek(_server) { VerzendenOpAchtergrond = false };
        _route = new Route(_fabriek);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>A link URL with a raw token in it, wherever it stands.</summary>
    [GeneratedRegex("/Link/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    public static partial Regex RuweLink();

    /// <summary>Runs the dispatcher until nothing is due; then the mail to <paramref name="aan"/> must be marked sent.</summary>
    private async Task VerzondenAsync(int voorstelId, string aan)
    {
        await _fabriek.VerstuurMailAsync();
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.UitgaandeMails.AnyAsync(m => m.VoorstelId == voorstelId && m.AanAdres == aan && m.Status == MailStatus.Verzonden))
            .ShouldBeTrue("de mail werd niet als verzonden gemarkeerd");
    }

    [Fact]
    public async Task Na_verzending_staat_het_token_van_een_maillink_nergens_in_de_database()
    {
        var onderwerp = $"Token {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await VerzondenAsync(id, "juridisch@gemeente.example");
        var mail = await _server.WachtOpAsync(b => b.Aan == "juridisch@gemeente.example" && b.Onderwerp.Contains(onderwerp));
        var pad = mail.LinkPad();
        var token = pad.Split('/').Last();
        mail.Html.ShouldContain(pad, Case.Sensitive, "het HTML-deel draagt dezelfde link");

        // The search finds what is there: the subject, in its row and in the file.
        (await Databasezoeker.KolommenMetAsync(_fabriek, onderwerp)).ShouldContain(k => k.StartsWith("Voorstellen.Onderwerp"));
        Databasezoeker.BestandBevat(_fabriek, onderwerp).ShouldBeTrue();
        // And not the token: not in the outbox row, nowhere.
        (await Databasezoeker.KolommenMetAsync(_fabriek, token)).ShouldBeEmpty();
        Databasezoeker.BestandBevat(_fabriek, token).ShouldBeFalse();
        (await Databasezoeker.KolommenVolgensAsync(_fabriek, RuweLink())).ShouldBeEmpty();

        // The advisor who received it can still use it.
        var post = await _fabriek.Klant().VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "ja", ["Invoer.Toelichting"] = "Akkoord." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        var v = await _route.LaadAsync(id);
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).Instemming.ShouldBe(true);
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).AdviseurNaam.ShouldBe("F. Maessen");
    }

    [Fact]
    public async Task Oude_verzonden_mail_met_een_ruw_token_wordt_afgeschermd()
    {
        var onderwerp = $"Oud {Guid.NewGuid():N}";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        await VerzondenAsync(id, "afdelingshoofd@gemeente.example");
        var mail = await _server.WachtOpAsync(b => b.Aan == "afdelingshoofd@gemeente.example" && b.Onderwerp.Contains(onderwerp));
        var token = mail.LinkPad().Split('/').Last();

        // A row as mail was stored before tokens were kept apart: the raw token in its body. The search finds it.
        using (var scope = _fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.UitgaandeMails.Where(m => m.VoorstelId == id && m.AanAdres == "afdelingshoofd@gemeente.example")
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Tekst, m => m.Tekst.Replace(Maillinks.Plaatshouder, token))
                    .SetProperty(m => m.Html, m => m.Html.Replace(Maillinks.Plaatshouder, token)))).ShouldBe(1);
        }
        (await Databasezoeker.KolommenMetAsync(_fabriek, token)).Count.ShouldBe(2);

        // What the dispatcher does on every start.
        (await _fabriek.Services.GetRequiredService<MailDispatcher>().SchermOudeLinksAfAsync(CancellationToken.None)).ShouldBe(1);
        (await Databasezoeker.KolommenMetAsync(_fabriek, token)).ShouldBeEmpty();
        (await Databasezoeker.KolommenVolgensAsync(_fabriek, RuweLink())).ShouldBeEmpty();
        (await _fabriek.Services.GetRequiredService<MailDispatcher>().SchermOudeLinksAfAsync(CancellationToken.None)).ShouldBe(0);
    }
}

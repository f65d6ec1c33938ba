using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Through a real SMTP server: the advisor's mail arrives, its link is followed, the proposal moves on.</summary>
public sealed class SmtpRondgangTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;
    private Route _route = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.GedeeldAsync();
        _fabriek = new MailFabriek(_server);
        _route = new Route(_fabriek);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Advies_via_de_link_uit_de_ontvangen_mail_brengt_het_voorstel_verder()
    {
        var onderwerp = $"Rondgang {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        velden["Invoer.Aspecten[4].Toelichting"] = "Past dit binnen de APV?";
        var id = await _route.IndienenAsync("steller", velden);
        var regnr = (await _route.LaadAsync(id)).Registratienummer!;

        // Submitted: the steller and the afdelingshoofd hear of it.
        await _server.WachtOpAsync(b => b.Aan == "steller@gemeente.example" && b.Onderwerp.Contains(onderwerp) && b.Onderwerp.StartsWith("Ingediend"));
        await _server.WachtOpAsync(b => b.Aan == "afdelingshoofd@gemeente.example" && b.Onderwerp.Contains(onderwerp) && b.Onderwerp.StartsWith("Paraaf gevraagd"));
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);

        var mail = await _server.WachtOpAsync(b => b.Aan == "juridisch@gemeente.example" && b.Onderwerp.Contains(onderwerp));
        mail.Onderwerp.ShouldStartWith("Advies gevraagd (juridisch");
        mail.MessageId.ShouldNotBeNullOrEmpty();
        foreach (var deel in new[] { regnr, onderwerp, "kunt u instemmen", "Uiterlijk", "Past dit binnen de APV?", "/Link/" })
        {
            mail.Tekst.ShouldContain(deel, Case.Sensitive, $"platte tekst mist '{deel}'");
            mail.Html.ShouldContain(deel.Replace("?", ""), Case.Sensitive, $"HTML mist '{deel}'");
        }

        // Not signed in: the link alone opens the task.
        var anoniem = _fabriek.Klant();
        var pad = mail.LinkPad();
        var (get, pagina) = await anoniem.GetAsync(pad);
        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        pagina.Body!.TextContent.ShouldContain(onderwerp);
        (await _route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies").IsOpen.ShouldBeTrue("een GET verandert niets");

        var post = await anoniem.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "ja", ["Invoer.Toelichting"] = "Geen bezwaar." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        post.Headers.Location!.OriginalString.ShouldBe("/Link/Gereed");

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Directieteam");
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).Instemming.ShouldBe(true);
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).AdviseurNaam.ShouldBe("F. Maessen");
        v.Gebeurtenissen.ShouldContain(g => g.Soort == Triggers.AdviesUitbrengen && g.ActorNaam == "F. Maessen");

        // The next gate's people are told, and the link is used up.
        await _server.WachtOpAsync(b => b.Aan == "dtsecretaris@gemeente.example" && b.Onderwerp.Contains(onderwerp));
        var (opnieuw, weigering) = await anoniem.GetAsync(pad);
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        weigering.Body!.TextContent.ShouldContain("Deze link werkt niet");
        weigering.Body.TextContent.ShouldNotContain(onderwerp);
    }

    [Fact]
    public async Task Elke_mail_heeft_een_eigen_message_id_en_komt_een_keer_aan()
    {
        // This test drives the dispatcher itself, so it knows when every round is done.
        _fabriek.VerzendenOpAchtergrond = false;
        var onderwerp = $"Eenmaal {Guid.NewGuid():N}";
        await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        (await _fabriek.VerstuurMailAsync()).Mislukt.ShouldBe(0);
        _fabriek.VoorbijDeWachttijd();
        (await _fabriek.VerstuurMailAsync()).Klaar.ShouldBe(0, "niets meer klaar: er kan niets een tweede keer uitgaan");
        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "afdelingshoofd@gemeente.example");
        await _server.WachtOpAsync(b => b.Onderwerp.Contains(onderwerp) && b.Aan == "steller@gemeente.example");
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.Contains(onderwerp)).ToList();
        berichten.Count.ShouldBe(2, string.Join(" | ", berichten.Select(b => $"{b.Aan}: {b.Onderwerp}")));
        berichten.Select(b => b.MessageId).Distinct().Count().ShouldBe(2);

        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var rijen = await db.UitgaandeMails.Where(m => m.Onderwerp.Contains(onderwerp)).ToListAsync();
        rijen.ShouldAllBe(m => m.Status == MailStatus.Verzonden && m.VerzondenOp != null);
        rijen.Select(r => $"<{r.MessageId}>").ShouldBe(berichten.Select(b => b.MessageId), ignoreOrder: true);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// A traject's steps reach their people by mail through a real SMTP server (maildev): the owner gets the step with a
/// personal single-use link that records it as held with the verslag; the projectleider hears of it; remarks go to the
/// other side; a closed step's link is void.
/// </summary>
public sealed class TrajectMailTests : IAsyncLifetime
{
    private Maildev _maildev = null!;
    private MailFabriek _app = null!;

    public async ValueTask InitializeAsync()
    {
        _maildev = await Maildev.GedeeldAsync();
        _app = new MailFabriek(_maildev) { VerzendenOpAchtergrond = false };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _maildev.DisposeAsync();
    }

    private async Task<MaildevBericht> MailAsync(string naam, string aan, string begin)
    {
        await _app.VerstuurMailAsync();
        return await _maildev.WachtOpAsync(m => m.Onderwerp.Contains(naam) && m.Aan.Contains(aan) && m.Onderwerp.StartsWith(begin));
    }

    private static string StapLink(MaildevBericht m) =>
        Regex.Match(m.Tekst, @"/Link/Stap\?t=[A-Za-z0-9_-]{43}") is { Success: true } g ? g.Value : throw new InvalidOperationException(m.Tekst);

    private async Task<List<UitgaandeMail>> OutboxAsync(int trajectId)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails.AsNoTracking()
            .Where(m => m.TrajectId == trajectId).OrderBy(m => m.Id).ToListAsync();
    }

    private async Task<Maillink> LinkAsync(string pad)
    {
        using var scope = _app.Services.CreateScope();
        var hash = Maillinks.Hash(pad[(pad.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Maillinks.AsNoTracking().SingleAsync(l => l.TokenHash == hash);
    }

    [Fact]
    public async Task De_eigenaar_legt_de_stakeholderbijeenkomst_met_verslag_vast_via_de_persoonlijke_link_uit_de_mail()
    {
        var naam = $"Wijkhuis {Guid.NewGuid():N}";
        var id = await Trajectstart.StartAsync(_app, naam);
        var traject = await Trajectstart.LaadAsync(_app, id);

        var stapmail = await MailAsync(naam, "steller@gemeente.example", "Stap voor u: Stakeholderbijeenkomst");
        foreach (var deel in new[] { "Uiterlijk:", "Bewijs: verslag", "Projectleider: P. Noten", $"/Projecten/{traject.ProjectId}/Trajecten/{id}" })
            stapmail.Tekst.ShouldContain(deel);
        var pad = StapLink(stapmail);
        stapmail.Html.ShouldContain(pad);

        // Opening the link (a mail scanner does too) changes nothing.
        var anoniem = _app.Klant();
        for (var i = 0; i < 2; i++)
        {
            var pagina = await anoniem.PaginaAsync(pad);
            pagina.QuerySelector("h1")!.TextContent.ShouldBe("Stakeholderbijeenkomst");
            pagina.Body!.TextContent.ShouldContain("R.B.M. Janzen");
        }
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();

        // Without the verslag: refused next to the file field, the remark kept, the refusal in the timeline, the link still good.
        var zonder = await anoniem.VerstuurAsync(pad, new() { ["Invoer.Opmerking"] = "Dertig bewoners kwamen" });
        zonder.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fout = await TestKlant.LeesAsync(zonder);
        fout.QuerySelector("#bestand-fout")!.TextContent.ShouldContain("Voeg eerst toe: verslag");
        fout.QuerySelector("#Invoer_Bestand")!.GetAttribute("aria-invalid").ShouldBe("true");
        fout.QuerySelector("#Invoer_Opmerking")!.TextContent.Trim().ShouldBe("Dertig bewoners kwamen");
        (await Trajectstart.LaadAsync(_app, id)).Gebeurtenissen.Select(g => g.Soort).ShouldBe(["Gestart", "Geweigerd"]);
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();

        var met = await anoniem.VerstuurAsync(pad, new() { ["Invoer.Opmerking"] = "Dertig bewoners kwamen" },
            bestanden: [("Invoer.Bestand", "verslag-bijeenkomst.pdf", Route.Pdf)]);
        met.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(met));
        (await anoniem.PaginaAsync(met.Headers.Location!.OriginalString)).QuerySelector("[data-stap-vastgelegd]")!.TextContent
            .ShouldContain("verslag-bijeenkomst.pdf");

        traject = await Trajectstart.LaadAsync(_app, id);
        traject.Status.ShouldBe("Veerkrachtdialoog");
        var stap = traject.Stappen[0];
        stap.Uitkomst.ShouldBe(StapUitkomst.Voltooid);
        stap.Bewijs.ShouldHaveSingleItem().ShouldSatisfyAllConditions(b => b.Soort.ShouldBe(Bewijssoorten.Verslag),
            b => b.Naam.ShouldBe("verslag-bijeenkomst.pdf"));
        stap.Opmerkingen.ShouldBe(["Dertig bewoners kwamen"]);
        traject.Gebeurtenissen.Last().ActorNaam.ShouldBe("R.B.M. Janzen");
        using (var scope = _app.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Bestanden.AnyAsync(b => b.Id == stap.Bewijs[0].BestandId))
                .ShouldBeTrue();
        (await LinkAsync(pad)).GebruiktOp.ShouldNotBeNull();

        // The projectleider hears of it; the owner gets the next step with a link of its own.
        var afgerond = await MailAsync(naam, "projectleider@gemeente.example", "Stap afgerond: Stakeholderbijeenkomst");
        afgerond.Tekst.ShouldContain("door R.B.M. Janzen");
        afgerond.Tekst.ShouldContain("verslag-bijeenkomst.pdf");
        var volgende = await MailAsync(naam, "steller@gemeente.example", "Stap voor u: Veerkrachtdialoog");
        StapLink(volgende).ShouldNotBe(pad);

        // The link is used up: a second visit gets the clear refusal, and a post does nothing.
        var (nogmaals, weigering) = await anoniem.GetAsync(pad);
        nogmaals.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        weigering.QuerySelector("[data-link-geweigerd]").ShouldNotBeNull();
        (await Trajectstart.LaadAsync(_app, id)).Stappen.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Een_gesloten_stap_maakt_zijn_link_ongeldig_en_opmerkingen_gaan_naar_de_andere_kant()
    {
        var naam = $"Dorpshuis {Guid.NewGuid():N}";
        var id = await Trajectstart.StartAsync(_app, naam);
        var pad = StapLink(await MailAsync(naam, "steller@gemeente.example", "Stap voor u: Stakeholderbijeenkomst"));

        await Trajectstart.VoerAsync(_app, id, "steller", (t, d, a, nu) => t.PlaatsOpmerking(d, a, "Zaal is pas in mei vrij", nu));
        var aanLeider = await MailAsync(naam, "projectleider@gemeente.example", "Opmerking van R.B.M. Janzen");
        aanLeider.Tekst.ShouldContain("Zaal is pas in mei vrij");
        await Trajectstart.VoerAsync(_app, id, "projectleider", (t, d, a, nu) => t.PlaatsOpmerking(d, a, "Dan in mei", nu));
        (await MailAsync(naam, "steller@gemeente.example", "Opmerking van P. Noten")).Tekst.ShouldContain("Dan in mei");
        var outbox = await OutboxAsync(id);
        outbox.Count(m => m.Soort == MailSoorten.Opmerking).ShouldBe(2, "wie een opmerking plaatst krijgt er zelf geen mail over");

        // The projectleider skips the step: its link is void, and nobody is told of their own action.
        await Trajectstart.VoerAsync(_app, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Al gehouden in 2020", nu));
        (await LinkAsync(pad)).Ingetrokken.ShouldBeTrue();
        var (antwoord, pagina) = await _app.Klant().GetAsync(pad);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pagina.QuerySelector("[data-link-geweigerd]").ShouldNotBeNull();
        outbox = await OutboxAsync(id);
        outbox.ShouldNotContain(m => m.Soort == MailSoorten.TrajectStapAfgerond);
        outbox.Where(m => m.Soort == MailSoorten.TrajectStap).Select(m => m.Onderwerp)
            .ShouldBe([$"Stap voor u: Stakeholderbijeenkomst – {naam}", $"Stap voor u: Veerkrachtdialoog – {naam}"]);
    }
}

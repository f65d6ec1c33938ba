using System.Net;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>The embedded default writes .eml files; "Verzonden e-mail" shows them with links to click.</summary>
public sealed class VerzondenMailTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    [Fact]
    public async Task Beheerder_ziet_de_verzonden_mail_en_kan_de_link_volgen()
    {
        // Personal links are shown in the Development demo only (VerzondenMailAfschermingTests: elsewhere they are blanked out).
        await using var dev = new BesluitvormingFabriek { Omgeving = "Development" };
        var route = new Route(dev);
        var onderwerp = $"Verzonden {Guid.NewGuid():N}";
        await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        await Mailmap.WachtOpAsync(dev, m => (m.Subject ?? "").Contains(onderwerp) && m.Aan("afdelingshoofd@gemeente.example"));

        var beheerder = await route.AlsAsync("beheerder");
        var lijst = await beheerder.PaginaAsync("/Mail/Verzonden");
        var link = lijst.QuerySelectorAll("[data-berichten] a").First(a => a.TextContent.Contains(onderwerp) && a.TextContent.StartsWith("Paraaf"));
        var bericht = await beheerder.PaginaAsync(link.GetAttribute("href")!);
        bericht.QuerySelector("[data-bericht]")!.TextContent.ShouldContain("afdelingshoofd@gemeente.example");
        var maillink = bericht.QuerySelectorAll(".mailtekst a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("/Link/"));
        var pad = new Uri(maillink).AbsolutePath;
        (await dev.Klant().PaginaAsync(pad)).Body!.TextContent.ShouldContain(onderwerp);
    }

    [Fact]
    public async Task Buiten_Development_alleen_voor_de_beheerder()
    {
        var steller = await fabriek.IngelogdAlsAsync("steller");
        var get = await steller.Http.GetAsync("/Mail/Verzonden");
        get.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        get.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        (await steller.Http.GetAsync("/Mail/Verzonden/../../test.db")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task In_Development_voor_iedereen()
    {
        await using var dev = new BesluitvormingFabriek { Omgeving = "Development" };
        var steller = await dev.IngelogdAlsAsync("steller");
        (await steller.Http.GetAsync("/Mail/Verzonden")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await steller.Http.GetAsync("/Mail/Verzonden/bestaat-niet.eml")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

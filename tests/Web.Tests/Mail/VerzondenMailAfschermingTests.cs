namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// "Verzonden e-mail" shows a personal link only in the Development demo; anywhere else it shows the mail with its
/// links blanked out, so the beheerder cannot act as the advisor. The holder's own link keeps working.
/// </summary>
public sealed class VerzondenMailAfschermingTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    [Fact]
    public async Task Buiten_de_Development_demo_toont_de_viewer_persoonlijke_links_afgeschermd()
    {
        var route = new Route(fabriek);
        var onderwerp = $"Afgeschermd {Guid.NewGuid():N}";
        await route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var eml = await Mailmap.WachtOpAsync(fabriek, m => (m.Subject ?? "").Contains(onderwerp) && m.Aan("afdelingshoofd@gemeente.example"));
        var pad = eml.LinkPad();
        var token = pad.Split('/').Last();

        var beheerder = await route.AlsAsync("beheerder");
        var lijst = await beheerder.PaginaAsync("/Mail/Verzonden");
        var href = lijst.QuerySelectorAll("[data-berichten] a").First(a => a.TextContent.Contains(onderwerp) && a.TextContent.StartsWith("Paraaf")).GetAttribute("href")!;
        var (antwoord, bericht) = await beheerder.GetAsync(href);
        var html = await antwoord.Content.ReadAsStringAsync();
        bericht.QuerySelector("[data-bericht]")!.TextContent.ShouldContain(onderwerp);
        bericht.QuerySelector(".mailtekst")!.TextContent.ShouldContain("[persoonlijke link: alleen voor de ontvanger]");
        bericht.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ShouldNotContain(h => h.Contains("/Link/"));
        html.ShouldNotContain(token);
        LinktokensInRustTests.RuweLink().IsMatch(html).ShouldBeFalse();

        // Links that act as nobody stay; the holder's own link still opens the task.
        bericht.QuerySelector(".mailtekst")!.TextContent.ShouldContain("/Voorstellen/");
        (await fabriek.Klant().PaginaAsync(pad)).Body!.TextContent.ShouldContain(onderwerp);
    }
}

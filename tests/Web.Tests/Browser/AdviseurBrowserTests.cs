using System.Text.RegularExpressions;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>An advisor's journey in a real browser: from the link in the mail to a recorded advice, without logging in.</summary>
public sealed class AdviseurBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    [Fact]
    public async Task Adviseur_geeft_advies_via_de_link_in_de_mail()
    {
        var route = new Route(fabriek.App);
        var onderwerp = $"Advies via de browser {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await route.IndienenAsync("steller", velden);
        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var mail = await Mailmap.WachtOpAsync(fabriek.App,
            m => m.Aan("juridisch@gemeente.example") && (m.Subject ?? "").Contains(onderwerp));

        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fabriek.Adres, Locale = "nl-NL" });
        var pagina = await context.NewPageAsync();
        var consolefouten = new List<string>();
        pagina.Console += (_, m) => { if (m.Type == "error") consolefouten.Add(m.Text); };

        await pagina.GotoAsync(mail.LinkPad());
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Advies juridisch" }).WaitForAsync();
        (await pagina.Locator("main").TextContentAsync())!.ShouldContain(onderwerp);
        await StellerBrowserTests.ToegankelijkAsync(pagina);

        // "Nee" without a reason: the message stands at the field and the choice is kept.
        await pagina.GetByRole(AriaRole.Radio, new() { Name = "Nee" }).CheckAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await pagina.Locator(".veld-fout").Filter(new() { HasTextRegex = new Regex(".+") }).First.WaitForAsync();
        (await pagina.GetByRole(AriaRole.Radio, new() { Name = "Nee" }).IsCheckedAsync()).ShouldBeTrue();

        await pagina.GetByLabel(new Regex("^Toelichting")).FillAsync("De APV-toets ontbreekt.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Vastgelegd" }).WaitForAsync();
        consolefouten.ShouldBeEmpty();

        var advies = (await route.LaadAsync(id)).Aspecten.Single(a => a.Aspect == Aspect.Juridisch);
        advies.Instemming.ShouldBe(false);
        advies.Opmerking.ShouldBe("De APV-toets ontbreekt.");

        // The link is used up: opening it again reveals nothing.
        await pagina.GotoAsync(mail.LinkPad());
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet (meer)" }).WaitForAsync();
        (await pagina.Locator("main").TextContentAsync())!.ShouldNotContain(onderwerp);
    }
}

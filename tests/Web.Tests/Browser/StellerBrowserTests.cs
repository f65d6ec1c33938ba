using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>A steller's journey in a real browser: log in, write a proposal, submit it, see where it is.</summary>
public sealed class StellerBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    [Fact]
    public async Task Steller_logt_in_en_dient_een_voorstel_in()
    {
        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fabriek.Adres, Locale = "nl-NL" });
        var pagina = await context.NewPageAsync();
        var consolefouten = new List<string>();
        pagina.Console += (_, m) => { if (m.Type == "error") consolefouten.Add(m.Text); };
        pagina.Response += (_, r) => { if (r.Status >= 400) consolefouten.Add($"{r.Status} {r.Url}"); };

        await pagina.GotoAsync("/");
        await pagina.WaitForURLAsync(new Regex("/Account/Inloggen"));
        await pagina.GetByLabel("Gebruikersnaam").FillAsync("steller");
        await pagina.GetByLabel("Wachtwoord").FillAsync(TestKlant.Wachtwoord);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Goedendag, R.B.M. Janzen" }).WaitForAsync();

        await pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuw voorstel" }).First.ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Nieuw collegevoorstel" }).WaitForAsync();
        await ToegankelijkAsync(pagina);

        await pagina.GetByLabel("Onderwerp (verplicht)", new() { Exact = true }).FillAsync("Programmering wijk- en dorpshuizen");
        await pagina.GetByLabel("Portefeuillehouder").FillAsync("H. Brauer");
        await pagina.GetByLabel("B&W d.d. (verplicht)", new() { Exact = true }).SelectOptionAsync(Route.Datum(27)); // a Tuesday: a collegevergadering
        await pagina.GetByLabel("Dictum: de beslispunten voor het college").FillAsync("Instemmen met de programmering.\nDe raad informeren.");
        await pagina.GetByLabel("Wat en waarom").FillAsync("De programmering moet geborgd zijn.");
        await pagina.GetByLabel("Hoe (verplicht)", new() { Exact = true }).FillAsync("Met de beheerstichtingen.");
        await pagina.GetByLabel("Aanleiding").FillAsync("Projectopdracht Thuis in de Buurt.");
        await pagina.GetByRole(AriaRole.Radiogroup, new() { Name = "Openbaar (verplicht)" }).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await pagina.Locator("input[name='Invoer.BudgettaireConsequenties'][value='false']").CheckAsync();
        await pagina.Locator("input[name='Invoer.FormatieveConsequenties'][value='false']").CheckAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan en indienen" }).ClickAsync();

        await pagina.WaitForURLAsync(new Regex(@"/Voorstellen/\d+$"));
        (await pagina.Locator(".melding--succes").TextContentAsync())!.ShouldContain("is ingediend met registratienummer");
        (await pagina.Locator(".stand .badge").TextContentAsync())!.ShouldBe("Paraaf afdelingshoofd");
        (await pagina.Locator(".stand").TextContentAsync())!.ShouldContain("M. Verbeek");
        (await pagina.Locator(".stappen__stap--huidig").TextContentAsync())!.ShouldContain("Paraaf afdelingshoofd");
        // The full route diagram is drawn by the locally served mermaid.js when opened.
        await pagina.GetByText("Volledige route als diagram").ClickAsync();
        await pagina.Locator("pre.mermaid svg").WaitForAsync(new() { Timeout = 15_000 });
        await ToegankelijkAsync(pagina);
        consolefouten.ShouldBeEmpty();
    }

    /// <summary>Basic checks: Dutch page language, one h1, and every visible form control has a label.</summary>
    internal static async Task ToegankelijkAsync(IPage pagina)
    {
        (await pagina.GetAttributeAsync("html", "lang")).ShouldBe("nl");
        (await pagina.Locator("h1").CountAsync()).ShouldBe(1);
        var zonderLabel = await pagina.EvaluateAsync<string[]>(@"() =>
            [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.name || e.id)");
        zonderLabel.ShouldBeEmpty();
    }
}

using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>The import page in real Chromium: no axe violations empty, after a refused number, and with a file's report.</summary>
public sealed class ImporterenBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    [Fact]
    public async Task Voorstel_importeren_heeft_geen_schendingen_ook_niet_met_een_fout_of_een_verslag()
    {
        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fabriek.Adres, Locale = "nl-NL" });
        var pagina = await context.NewPageAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync("secretariaat");
        await pagina.GetByLabel("Wachtwoord").FillAsync(TestKlant.Wachtwoord);
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.WaitForURLAsync(u => !u.Contains("/Account/Inloggen"));

        await pagina.GotoAsync("/Overzicht");
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Voorstel importeren" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Voorstel importeren", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        // A number in the wrong format: the summary takes focus, the field says why and keeps what was typed.
        await pagina.Locator("#Registratienummer").FillAsync("14/10749");
        await pagina.Locator("#Invoer_Onderwerp").FillAsync("Uit het archief");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Importeren", Exact = true }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await pagina.Locator("#Registratienummer").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await pagina.Locator("#Registratienummer").InputValueAsync()).ShouldBe("14/10749");
        (await pagina.Locator("#Invoer_Onderwerp").InputValueAsync()).ShouldBe("Uit het archief");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "export.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(
                "registratienummer;bron;steller;onderwerp;afdeling\n16-00201;Decos JOIN;steller;Uit een bestand;Maatschappelijke Ontwikkeling\n16-2;x;niemand;Fout;Maatschappelijke Ontwikkeling\n"),
        });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Bestand importeren" }).ClickAsync();
        await pagina.Locator("[data-verslag]").WaitForAsync();
        (await pagina.Locator("[data-verslag] tr[data-geimporteerd=ja]").CountAsync()).ShouldBe(1);
        await Axe.GeenSchendingenAsync(pagina);
    }
}

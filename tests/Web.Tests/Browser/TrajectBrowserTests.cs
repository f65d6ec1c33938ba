using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>
/// The projectleider in real Chromium: from the project to the board, into one accommodatie's traject, a refused
/// completion (no file) with the error summary taking focus, then the step completed with an uploaded plan, and the
/// decision moment started as a prefilled collegevoorstel the traject then waits for; axe finds nothing on the board,
/// the traject page, its error state and the decision-moment page, and the board scrolls in its own region at 320 px.
/// </summary>
public sealed class TrajectBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    private async Task<IPage> PaginaAsync(int breedte = 1280, int hoogte = 900)
    {
        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fabriek.Adres, Locale = "nl-NL", ViewportSize = new ViewportSize { Width = breedte, Height = hoogte },
        });
        var pagina = await context.NewPageAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync("projectleider");
        await pagina.GetByLabel("Wachtwoord").FillAsync(TestKlant.Wachtwoord);
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.WaitForURLAsync(u => !u.Contains("/Account/Inloggen"));
        return pagina;
    }

    [Fact]
    public async Task Projectleider_opent_het_bord_rondt_een_stap_af_met_een_plan_en_start_het_besluitmoment()
    {
        var pagina = await PaginaAsync();
        await pagina.GotoAsync("/Projecten");
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Thuis in de Buurt" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Bord met alle trajecten" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Bord: Thuis in de Buurt" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Groep").SelectOptionAsync("Groep 1");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await pagina.WaitForURLAsync(u => u.Contains("groep=Groep"));
        (await pagina.Locator("table.bord tbody tr").CountAsync()).ShouldBe(5);
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Dorpshuis Megen (demo)" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Dorpshuis Megen (demo)", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        var afronden = pagina.Locator("form[data-formulier=Voltooien]");
        await afronden.GetByLabel("Opmerking (optioneel)").FillAsync("Bedrijfsplan met KNHM besproken.");
        await afronden.GetByRole(AriaRole.Button, new() { Name = "Stap afronden" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await pagina.EvaluateAsync<bool>("() => document.activeElement.matches('[data-foutsamenvatting]')")).ShouldBeTrue();
        (await pagina.Locator("#VoltooienBestand-fout").TextContentAsync())!.ShouldStartWith("Voeg eerst toe: plan.");
        (await afronden.GetByLabel("Opmerking (optioneel)").InputValueAsync()).ShouldBe("Bedrijfsplan met KNHM besproken.");
        await Axe.GeenSchendingenAsync(pagina);

        await afronden.GetByLabel("Bestand (verslag, plan of afspraak)").SetInputFilesAsync(new FilePayload
        {
            Name = "bedrijfsplan-megen.pdf", MimeType = "application/pdf", Buffer = Route.Pdf,
        });
        await afronden.GetByLabel("Soort bewijs").SelectOptionAsync("Plan");
        await afronden.GetByRole(AriaRole.Button, new() { Name = "Stap afronden" }).ClickAsync();
        await pagina.Locator(".traject-gegevens").WaitForAsync();
        (await pagina.Locator(".traject-route__stap[data-stap=BedrijfsplanEnExploitatie] .traject-route__stand").TextContentAsync()).ShouldBe("Gedaan");
        (await pagina.Locator(".traject-route__stap[data-stap=Besluitmoment] .traject-route__stand").TextContentAsync()).ShouldBe("Huidige stap");
        (await pagina.GetByRole(AriaRole.Link, new() { Name = "Plan: bedrijfsplan-megen.pdf" }).CountAsync()).ShouldBe(1);

        // The decision moment: the projectleider starts the collegevoorstel from the traject page; as the step's owner
        // (and a steller) they land in its form, prefilled, and the traject waits for it.
        var trajectUrl = pagina.Url;
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Besluitmoment starten (collegevoorstel)" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Besluitmoment starten", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Besluitmoment starten" }).ClickAsync();
        await pagina.WaitForURLAsync(u => u.Contains("/Voorstellen/Bewerken/"));
        (await pagina.GetByLabel("Onderwerp").InputValueAsync()).ShouldContain("Dorpshuis Megen (demo)");
        await pagina.GotoAsync(trajectUrl);
        (await pagina.Locator(".besluitmoment").TextContentAsync())!.ShouldContain("Het traject wacht op het besluit over collegevoorstel");
        (await pagina.Locator(".besluitmoment a[data-voorstel]").TextContentAsync())!.ShouldContain("Dorpshuis Megen (demo)");

        var smal = await PaginaAsync(320, 640);
        await smal.GotoAsync(pagina.Url.Split("/Trajecten/")[0] + "/Bord");
        (await smal.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, "bord");
    }
}

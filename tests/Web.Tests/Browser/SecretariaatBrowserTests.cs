using Besluitvorming.Web.Tests.Agendering;
using Besluitvorming.Workflows.Voorstellen;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>
/// The bestuurssecretariaat in real Chromium: opens the agenda of the demo's next college meeting, moves an item down,
/// fixes the agenda, records the decisions of the meeting in one form and downloads the besluitenlijst, which holds
/// the meeting's items; axe finds nothing on the agenda and the decision page.
/// </summary>
public sealed class SecretariaatBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    private const string Demo = "Plekkenmakers de Bongerd: ontmoeten in Macharen";

    [Fact]
    public async Task Secretaris_stelt_de_agenda_vast_legt_de_besluiten_vast_en_downloadt_de_besluitenlijst()
    {
        // Next to the demo's proposal (held over to 23 June), one more item for that meeting.
        var opzet = new Agendaopzet(fabriek.App);
        var tweede = await opzet.NaarCollegeAsync("Subsidieregeling buurtinitiatieven 2027", new DateOnly(2026, 6, 23), Behandelwijze.Akkoord);

        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fabriek.Adres, Locale = "nl-NL", AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var pagina = await context.NewPageAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync("secretariaat");
        await pagina.GetByLabel("Wachtwoord").FillAsync(TestKlant.Wachtwoord);
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.WaitForURLAsync(u => !u.Contains("/Account/Inloggen"));

        await pagina.GetByRole(AriaRole.Link, new() { Name = "Agenda's" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Agenda 23 juni 2026" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Agenda College van B&W 23 juni 2026", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        var rijen = pagina.Locator("table[data-lijst=hamerstukken] tbody tr");
        (await rijen.AllTextContentsAsync()).Select(t => t.Contains(Demo)).ShouldBe([true, false]);

        await pagina.GetByRole(AriaRole.Button, new() { Name = $"Omlaag: {Demo}" }).ClickAsync();
        await pagina.Locator(".melding--succes").WaitForAsync();
        (await rijen.AllTextContentsAsync()).Select(t => t.Contains(Demo)).ShouldBe([false, true]);
        await pagina.GetByLabel("Aanvang van de vergadering").FillAsync("10:00");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Agenda vaststellen" }).ClickAsync();
        await pagina.Locator("[data-agenda-status]").GetByText("Vastgesteld op 10 juni 2026 door B. Claessens").WaitForAsync();
        (await pagina.Locator("table[data-lijst=wijzigingen] tbody tr").CountAsync()).ShouldBe(2);

        await pagina.GetByRole(AriaRole.Link, new() { Name = "Besluiten vastleggen en besluitenlijst" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Besluiten College van B&W 23 juni 2026", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        var eerste = pagina.Locator($"fieldset[data-voorstel='{tweede}']");
        (await eerste.GetByLabel("Volgnr.").InputValueAsync()).ShouldBe("1");
        await eerste.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Ingestemd met wijzigingen" });
        await eerste.GetByLabel("Besluit (bij aanhouden: de reden)").FillAsync("Het college stemt in; de regeling gaat per 1 januari in.");
        var demo = pagina.Locator("fieldset.besluitregel").Filter(new() { HasText = Demo });
        await demo.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Ingestemd" });
        await demo.GetByLabel("Besluit (bij aanhouden: de reden)").FillAsync("Conform advies.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Besluiten vastleggen" }).ClickAsync();
        await pagina.Locator(".melding--succes").GetByText("2 besluiten vastgelegd.").WaitForAsync();
        (await pagina.Locator("table[data-lijst=besloten] [data-uitkomst]").AllTextContentsAsync())
            .ShouldBe(["Ingestemd met wijzigingen", "Ingestemd"]);

        var download = await pagina.RunAndWaitForDownloadAsync(() =>
            pagina.GetByRole(AriaRole.Link, new() { Name = "Besluitenlijst als Word-document (DOCX)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("Besluitenlijst College van BenW 2026-06-23.docx");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes[..2].ShouldBe("PK"u8.ToArray());
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var tekst = doc.MainDocumentPart!.Document!.Body!.InnerText;
        tekst.ShouldContain("1. Subsidieregeling buurtinitiatieven 2027");
        tekst.ShouldContain($"2. {Demo}");
        tekst.ShouldContain("Het college stemt in; de regeling gaat per 1 januari in.");
    }
}

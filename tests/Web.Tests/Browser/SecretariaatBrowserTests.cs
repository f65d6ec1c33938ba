using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Tests.Agendering;
using Besluitvorming.Workflows.Voorstellen;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>
/// The bestuurssecretariaat in real Chromium: opens the agenda of a college meeting from the list of agendas, moves an
/// item down, fixes the agenda (its start time defaulting to the meeting's), records the decisions of the meeting in one
/// form and downloads the besluitenlijst, which holds the meeting's items in agenda order; axe finds nothing on the
/// agenda and the decision page. The test plans two proposals of its own on a meeting no demo proposal is ready for,
/// and looks only at its own items and their relative order, so the demo's dates do not matter.
/// </summary>
public sealed class SecretariaatBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    [Fact]
    public async Task Secretaris_stelt_de_agenda_vast_legt_de_besluiten_vast_en_downloadt_de_besluitenlijst()
    {
        const string Eerste = "Browser: subsidieregeling buurtinitiatieven 2027";
        const string Tweede = "Browser: evaluatie buurtbudget Macharen";
        var bw = Agendaopzet.Dinsdag(3); // 7 July 2026: within the list of agendas, no demo proposal is ready for it
        var opzet = new Agendaopzet(fabriek.App);
        var eerste = await opzet.NaarCollegeAsync(Eerste, bw, Behandelwijze.Akkoord);
        var tweede = await opzet.NaarCollegeAsync(Tweede, bw, Behandelwijze.Akkoord);
        TimeOnly aanvang;
        using (var scope = fabriek.App.Services.CreateScope())
            aanvang = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Vergaderkalender
                .Where(m => m.Soort == Vergadersoort.College && m.Datum == bw).Select(m => m.Aanvang).SingleAsync();
        var datum = bw.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));

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
        await pagina.GetByRole(AriaRole.Link, new() { Name = $"Agenda {datum}", Exact = true }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = $"Agenda College van B&W {datum}", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        var rijen = pagina.Locator("table[data-lijst=hamerstukken] tbody tr[data-voorstel]");
        async Task<List<int>> Eigen(ILocator r) =>
            (await r.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.voorstel)")).Select(int.Parse)
                .Where(id => id == eerste || id == tweede).ToList();
        (await Eigen(rijen)).ShouldBe([eerste, tweede]);

        await pagina.GetByRole(AriaRole.Button, new() { Name = $"Omlaag: {Eerste}" }).ClickAsync();
        await pagina.Locator(".melding--succes").WaitForAsync();
        (await Eigen(rijen)).ShouldBe([tweede, eerste]);
        (await pagina.GetByLabel("Aanvang van de vergadering").InputValueAsync()).ShouldBe(aanvang.ToString("HH:mm"), "de aanvang van de vergadering");
        await pagina.GetByLabel("Aanvang van de vergadering").FillAsync("10:00");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Agenda vaststellen" }).ClickAsync();
        await pagina.Locator("[data-agenda-status]").GetByText("Vastgesteld op 10 juni 2026 door B. Claessens; aanvang 10:00").WaitForAsync();
        (await pagina.Locator("table[data-lijst=wijzigingen] tbody tr").CountAsync()).ShouldBe(2);

        await pagina.GetByRole(AriaRole.Link, new() { Name = "Besluiten vastleggen en besluitenlijst" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = $"Besluiten College van B&W {datum}", Level = 1 }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        var regelTweede = pagina.Locator($"fieldset[data-voorstel='{tweede}']");
        var regelEerste = pagina.Locator($"fieldset[data-voorstel='{eerste}']");
        int.Parse(await regelTweede.GetByLabel("Volgnr.").InputValueAsync())
            .ShouldBeLessThan(int.Parse(await regelEerste.GetByLabel("Volgnr.").InputValueAsync()));
        await regelTweede.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Ingestemd met wijzigingen" });
        await regelTweede.GetByLabel("Besluit (bij aanhouden: de reden)").FillAsync("Het college stemt in; de evaluatie gaat naar de wijkraad.");
        await regelEerste.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Ingestemd" });
        await regelEerste.GetByLabel("Besluit (bij aanhouden: de reden)").FillAsync("Conform advies.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Besluiten vastleggen" }).ClickAsync();
        await pagina.Locator(".melding--succes").GetByText("2 besluiten vastgelegd.").WaitForAsync();
        var besloten = pagina.Locator("table[data-lijst=besloten] tbody tr[data-voorstel]");
        (await Eigen(besloten)).ShouldBe([tweede, eerste]);
        (await besloten.Locator("[data-uitkomst]").AllTextContentsAsync()).ShouldBe(["Ingestemd met wijzigingen", "Ingestemd"]);
        // Both are public, so the Woo publication makes them Gepubliceerd at once; the besluitenlijst still holds them.
        (await opzet.Route.LaadAsync(eerste)).Status.ShouldBe("Gepubliceerd");
        (await opzet.Route.LaadAsync(tweede)).Status.ShouldBe("Gepubliceerd");

        var download = await pagina.RunAndWaitForDownloadAsync(() =>
            pagina.GetByRole(AriaRole.Link, new() { Name = "Besluitenlijst als Word-document (DOCX)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"Besluitenlijst College van BenW {bw:yyyy-MM-dd}.docx");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes[..2].ShouldBe("PK"u8.ToArray());
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var tekst = doc.MainDocumentPart!.Document!.Body!.InnerText;
        tekst.ShouldContain("10:00");
        tekst.IndexOf($". {Tweede}", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        tekst.IndexOf($". {Eerste}", StringComparison.Ordinal).ShouldBeGreaterThan(tekst.IndexOf($". {Tweede}", StringComparison.Ordinal));
        tekst.ShouldContain("Het college stemt in; de evaluatie gaat naar de wijkraad.");
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>
/// WCAG 2.1 AA in real Chromium: axe finds nothing on the pages each persona uses (also in their error states), the
/// error summary takes focus and leads to the fields, nothing needs sideways scrolling at 320 CSS px, and the focus
/// ring on links stands out.
/// </summary>
public sealed class ToegankelijkheidBrowserTests(BrowserFabriek fabriek) : IClassFixture<BrowserFabriek>
{
    private readonly Route _route = new(fabriek.App);

    private async Task<IPage> PaginaAsync(int breedte = 1280, int hoogte = 900)
    {
        var context = await fabriek.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fabriek.Adres, Locale = "nl-NL", ViewportSize = new ViewportSize { Width = breedte, Height = hoogte },
        });
        return await context.NewPageAsync();
    }

    private static async Task InloggenAsync(IPage pagina, string gebruikersnaam)
    {
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync(gebruikersnaam);
        await pagina.GetByLabel("Wachtwoord").FillAsync(TestKlant.Wachtwoord);
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.WaitForURLAsync(u => !u.Contains("/Account/Inloggen"));
    }

    private static Task<string> FocusAsync(IPage pagina) =>
        pagina.EvaluateAsync<string>("() => { const e = document.activeElement; return e.matches('[data-foutsamenvatting]') ? 'foutsamenvatting' : (e.id || e.name || e.tagName); }");

    private static Task<int> ScrollbreedteAsync(IPage pagina) => pagina.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task Inloggen_en_mijn_taken_hebben_geen_schendingen_ook_niet_na_een_mislukte_poging()
    {
        var pagina = await PaginaAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Gebruikersnaam").FillAsync("steller");
        await pagina.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.GetByLabel("Wachtwoord").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);

        await InloggenAsync(pagina, "steller");
        await pagina.GotoAsync("/Taken");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Mijn taken" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Het_voorstelformulier_leeg_en_na_mislukt_indienen_met_een_foutsamenvatting_die_naar_de_velden_leidt()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "steller");
        await pagina.GotoAsync("/Voorstellen/Bewerken");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Nieuw collegevoorstel" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Programma").FillAsync("Sociaal domein");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan en indienen" }).ClickAsync();
        var samenvatting = pagina.Locator("[data-foutsamenvatting]");
        await samenvatting.WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting", "de focus staat op de samenvatting");
        (await pagina.TitleAsync()).ShouldStartWith("Fout: ");
        await Axe.GeenSchendingenAsync(pagina);

        // The links follow the order of the form and lead to the field itself.
        var velden = await samenvatting.Locator("a[data-veld]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.veld)");
        velden.ShouldContain("Invoer.Onderwerp");
        Array.IndexOf(velden, "Invoer.Onderwerp").ShouldBeLessThan(Array.IndexOf(velden, "Invoer.Dictum"));
        await samenvatting.Locator("a[data-veld='Invoer.Onderwerp']").ClickAsync();
        (await FocusAsync(pagina)).ShouldBe("Invoer_Onderwerp");
        var onderwerp = pagina.Locator("#Invoer_Onderwerp");
        (await onderwerp.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await pagina.Locator($"#{await onderwerp.GetAttributeAsync("aria-describedby")}").TextContentAsync())!.ShouldBe("Vul het onderwerp in.");
        await samenvatting.Locator("a[data-veld='Invoer.Openbaarheid']").ClickAsync();
        (await pagina.EvaluateAsync<string>("() => document.activeElement.name")).ShouldBe("Invoer.Openbaarheid");
        (await pagina.GetByLabel("Programma").InputValueAsync()).ShouldBe("Sociaal domein", "niets van wat is ingevuld gaat verloren");
    }

    [Fact]
    public async Task Voorstel_en_actiepagina_hebben_geen_schendingen_ook_niet_in_de_foutstand()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel($"Toegankelijk voorstel {Guid.NewGuid():N}"));
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "afdelingshoofd");

        await pagina.GotoAsync($"/Voorstellen/{id}");
        await pagina.GetByText("Volledige route als diagram").ClickAsync();
        await pagina.Locator("pre.mermaid svg").WaitForAsync(new() { Timeout = 15_000 });
        // No OR and no raad on this route: the diagram draws both as skipped (so the class line parsed).
        (await pagina.Locator("pre.mermaid svg .overgeslagen").CountAsync()).ShouldBe(2);
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GotoAsync($"/Voorstellen/{id}/Actie/{Triggers.Terugsturen}");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar steller" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.Locator("#Invoer_Reden").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Beheer_van_regelsets_heeft_geen_schendingen_ook_niet_bij_een_ongeldige_regelset()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "beheerder");
        await pagina.GotoAsync("/Beheer/Regels");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GotoAsync("/Beheer/Regels/poort-college/1");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GotoAsync("/Beheer/Regels/poort-college/Nieuw");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Regelset (JSON)").FillAsync(
            """{ "WorkflowName": "poort-college", "Rules": [ { "RuleName": "Tik", "Expression": "feiten.Kostn > 0", "ErrorMessage": "x", "Properties": { "ernst": "waarschuwing" } } ] }""");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren en opslaan als concept" }).ClickAsync();
        await pagina.Locator(".regelfouten [data-regel='Tik']").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.GetByLabel("Regelset (JSON)").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Beheer_van_workflows_heeft_geen_schendingen_met_diagram_en_bij_een_ongeldige_upload()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "beheerder");
        await pagina.GotoAsync("/Beheer/Workflows");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GotoAsync("/Beheer/Workflows/thuis-in-de-buurt-accommodatie/1");
        // The vendored Mermaid draws the diagram in the browser; nothing comes from elsewhere.
        await pagina.Locator("#route svg").WaitForAsync();
        (await pagina.Locator("#route svg").TextContentAsync()).ShouldNotBeNull().ShouldContain("Veerkrachtdialoog");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GotoAsync("/Beheer/Workflows/Nieuw");
        await pagina.GetByLabel("Workflowdefinitie (JSON)").FillAsync("""{ "naam": "thuis-in-de-buurt-accommodatie", "versie": 2, "statussen": [ """);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await pagina.Locator(".workflowfouten").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.GetByLabel("Workflowdefinitie (JSON)").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task De_toestemmingspagina_voor_een_api_client_heeft_geen_schendingen()
    {
        var beheer = await PaginaAsync();
        await InloggenAsync(beheer, "beheerder");
        await beheer.GotoAsync("/Beheer/Api");
        var clientId = $"app-{Guid.NewGuid():N}"[..12];
        await beheer.GetByLabel("Naam").FillAsync("Raadsapp axe");
        await beheer.GetByLabel("Client-id").FillAsync(clientId);
        await beheer.GetByRole(AriaRole.Checkbox, new() { Name = "Client credentials" }).UncheckAsync();
        await beheer.GetByRole(AriaRole.Checkbox, new() { Name = "Autorisatiecode met PKCE" }).CheckAsync();
        await beheer.GetByRole(AriaRole.Radio, new() { Name = "Publiek" }).CheckAsync();
        await beheer.GetByLabel("Redirect-URI's").FillAsync(Api.Autorisatiecode.Terug);
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        await beheer.Locator($"tr[data-client='{clientId}']").WaitForAsync();

        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "steller");
        await pagina.GotoAsync(Api.Autorisatiecode.AutoriseerUrl(new Api.Autorisatiecode.Client(clientId, null), Api.Autorisatiecode.Pkce.Nieuw()));
        await pagina.GetByText("Raadsapp axe wil namens u:").WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Beheer_van_api_clients_heeft_geen_schendingen_ook_niet_bij_een_fout_of_met_het_nieuwe_geheim()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "beheerder");
        await pagina.GotoAsync("/Beheer/Api");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Naam").FillAsync("Woo-platform axe");
        await pagina.GetByLabel("Client-id").FillAsync("met spatie");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.GetByLabel("Client-id").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByLabel("Client-id").FillAsync($"axe-{Guid.NewGuid():N}"[..12]);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        await pagina.Locator("[data-geheim-waarde]").WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        // The audit log, with a wrong date at its field.
        await pagina.GotoAsync("/Beheer/Api/Auditlog?Vanaf=fout");
        (await pagina.GetByLabel("Vanaf").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Vergaderingen_verplaatsen_en_annuleren_hebben_geen_schendingen_ook_niet_in_de_foutstand()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "secretariaat");
        await pagina.GotoAsync("/Vergaderingen?Soort=College");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Vergaderingen", Exact = true }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.Locator("tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "Verplaatsen" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await pagina.Locator("[data-valmsg-for='Invoer.Reden']").TextContentAsync()).ShouldBe("Vul de reden in; de stellers krijgen die te lezen.");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GotoAsync(pagina.Url.Replace("/Verplaatsen", "/Annuleren"));
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Vergadering annuleren" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task De_openbare_besluitenlijsten_en_een_besluit_hebben_geen_schendingen_ook_niet_op_320_pixels()
    {
        // Without login: the demo's published besluitenlijst, a besluit from it, and the search with a bad date.
        var pagina = await PaginaAsync(breedte: 320);
        await pagina.GotoAsync("/Openbaar");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Besluitenlijsten", Exact = true }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        (await ScrollbreedteAsync(pagina)).ShouldBeLessThanOrEqualTo(320);
        await pagina.Locator("tr[data-besluit] a").First.ClickAsync();
        await pagina.WaitForURLAsync(u => u.Contains("/Openbaar/Besluiten/"));
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GotoAsync("/Openbaar?Van=31-02-2026");
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Het_overzicht_heeft_geen_schendingen()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "secretaris");
        await pagina.GotoAsync("/Overzicht");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Overzicht voorstellen" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);
        // Sorted by a column (a header link, aria-sort) and with the late filter ticked.
        await pagina.Locator("table.overzicht th a[href*='sorteer=onderwerp']").ClickAsync();
        await pagina.Locator("th[aria-sort=ascending]").WaitForAsync();
        await pagina.GetByLabel("Alleen te laat").CheckAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await pagina.WaitForURLAsync(u => u.Contains("TeLaat=true") && u.Contains("sorteer=onderwerp"));
        await Axe.GeenSchendingenAsync(pagina);
    }

    [Fact]
    public async Task Het_dashboard_heeft_geen_schendingen_en_tekent_zijn_grafieken_met_de_eigen_chartjs()
    {
        var pagina = await PaginaAsync();
        var mislukt = new List<string>();
        pagina.Response += (_, r) => { if (r.Status >= 400) mislukt.Add($"{r.Status} {r.Url}"); };
        await InloggenAsync(pagina, "secretaris");
        await pagina.GotoAsync("/Dashboard");
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true }).WaitForAsync();
        // Chart.js marks a canvas it drew on; the tables beside them stay the accessible source.
        await pagina.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas.grafiek')].every(c => window.Chart && Chart.getChart(c))");
        await Axe.GeenSchendingenAsync(pagina);
        mislukt.ShouldBeEmpty();
    }

    [Fact]
    public async Task Projectlijst_projectpagina_en_resultaatformulier_hebben_geen_schendingen_ook_niet_in_de_foutstand()
    {
        var pagina = await PaginaAsync();
        await InloggenAsync(pagina, "projectleider");
        await pagina.GotoAsync("/Projecten");
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Thuis in de Buurt" }).ClickAsync();
        await pagina.GetByRole(AriaRole.Heading, new() { Name = "Thuis in de Buurt" }).WaitForAsync();
        await Axe.GeenSchendingenAsync(pagina);

        await pagina.GetByRole(AriaRole.Link, new() { Name = "Resultaat 6 bijwerken" }).ClickAsync();
        await Axe.GeenSchendingenAsync(pagina);
        await pagina.GetByLabel("Status").SelectOptionAsync("Behaald");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await FocusAsync(pagina)).ShouldBe("foutsamenvatting");
        (await pagina.Locator("#Bewijs").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Axe.GeenSchendingenAsync(pagina);

        var smal = await PaginaAsync(320, 640);
        await InloggenAsync(smal, "projectleider");
        await smal.GotoAsync(pagina.Url.Split("/Resultaten/")[0]);
        (await ScrollbreedteAsync(smal)).ShouldBeLessThanOrEqualTo(320, "projectpagina");
    }

    [Fact]
    public async Task Op_320_pixels_breed_scrolt_geen_pagina_opzij_en_tabellen_scrollen_in_een_eigen_gebied()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Bedrijfsvoeringsaspectenonderzoeksvoorstel op een smal scherm"));
        var pagina = await PaginaAsync(320, 640);
        await InloggenAsync(pagina, "steller");

        foreach (var pad in new[] { "/Voorstellen/Bewerken", $"/Voorstellen/{id}", "/Taken", "/Voorstellen" })
        {
            await pagina.GotoAsync(pad);
            (await ScrollbreedteAsync(pagina)).ShouldBeLessThanOrEqualTo(320, pad);
            await Axe.GeenSchendingenAsync(pagina);
        }
        await pagina.GotoAsync("/Voorstellen/Bewerken");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan en indienen" }).ClickAsync();
        await pagina.Locator("[data-foutsamenvatting]").WaitForAsync();
        (await ScrollbreedteAsync(pagina)).ShouldBeLessThanOrEqualTo(320, "formulier na mislukt indienen");

        // A table wider than the screen scrolls inside its labelled, focusable region.
        await pagina.GotoAsync("/Voorstellen");
        var regio = pagina.GetByRole(AriaRole.Region, new() { Name = "Mijn voorstellen" });
        (await regio.GetAttributeAsync("tabindex")).ShouldBe("0");
        (await regio.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth")).ShouldBeTrue("de tabel is breder dan 320 px");

        foreach (var (wie, paden) in new[]
                 {
                     ("beheerder", new[] { "/Beheer", "/Beheer/Regels", "/Beheer/Regels/poort-college/Nieuw", "/Beheer/Begrotingskalender", "/Vergaderingen", "/Beheer/Mail", "/Beheer/Api", "/Beheer/Api/Auditlog",
                         "/Beheer/Workflows", "/Beheer/Workflows/thuis-in-de-buurt-accommodatie/1", "/Beheer/Workflows/Nieuw?naam=collegevoorstel" }),
                     ("secretaris", new[] { "/Overzicht", "/Dashboard", "/Vergaderingen?Soort=College" }),
                     ("afdelingshoofd", new[] { $"/Voorstellen/{id}/Actie/{Triggers.Terugsturen}" }),
                 })
        {
            var ander = await PaginaAsync(320, 640);
            await InloggenAsync(ander, wie);
            foreach (var pad in paden)
            {
                await ander.GotoAsync(pad);
                (await ScrollbreedteAsync(ander)).ShouldBeLessThanOrEqualTo(320, pad);
            }
        }
    }

    [Fact]
    public async Task De_focusring_op_een_link_heeft_minstens_3_op_1_contrast_en_de_tekst_staat_in_Noto_Sans()
    {
        var pagina = await PaginaAsync();
        var mislukt = new List<string>();
        pagina.Response += (_, r) => { if (r.Status >= 400) mislukt.Add($"{r.Status} {r.Url}"); };
        await InloggenAsync(pagina, "steller");
        await pagina.GotoAsync("/Voorstellen");

        // With the keyboard, to the first link in the content.
        for (var i = 0; i < 40 && !await pagina.EvaluateAsync<bool>("() => document.activeElement.matches('main a')"); i++)
            await pagina.Keyboard.PressAsync("Tab");
        // The ring lies around the link, on the background of what contains it (the page is white where nothing is painted).
        var ring = await pagina.EvaluateAsync<string[]>(
            """
            () => {
              const s = getComputedStyle(document.activeElement);
              let e = document.activeElement.parentElement, achter = 'rgb(255, 255, 255)';
              for (; e; e = e.parentElement) {
                const b = getComputedStyle(e).backgroundColor;
                if (!/rgba\(.*, 0\)$/.test(b) && b !== 'transparent') { achter = b; break; }
              }
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, achter];
            }
            """);
        ring[0].ShouldNotBe("none");
        double.Parse(ring[1].Replace("px", ""), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2);
        Contrast(ring[2], ring[3]).ShouldBeGreaterThanOrEqualTo(3, $"focusring {ring[2]} op {ring[3]}");

        await pagina.EvaluateAsync("() => document.fonts.ready");
        (await pagina.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily")).ShouldStartWith("\"Noto Sans\"");
        (await pagina.EvaluateAsync<bool>("() => [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Noto Sans' && f.status === 'loaded')"))
            .ShouldBeTrue("het lettertype is van de eigen server geladen");
        mislukt.ShouldBeEmpty();
    }

    /// <summary>WCAG contrast of two computed CSS colours ("rgb(11, 12, 12)"), by the app's own colour arithmetic.</summary>
    private static double Contrast(string a, string b)
    {
        static string Hex(string css) => "#" + string.Concat(Regex.Matches(css, @"\d+").Take(3).Select(m => int.Parse(m.Value).ToString("x2")));
        return Web.Huisstijl.Kleur.Contrast(Hex(a), Hex(b));
    }
}

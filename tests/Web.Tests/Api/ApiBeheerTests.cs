using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// The beheerder registers API clients on /Beheer/Api (the secret shown once), revokes a client's tokens and deletes a
/// client; through real HTTP, with real tokens from /connect/token against /api/v1/besluiten.
/// </summary>
public sealed class ApiBeheerTests : IClassFixture<BesluitvormingFabriek>
{
    private const string Pagina = "/Beheer/Api";
    private readonly BesluitvormingFabriek _fabriek;
    private readonly Route _route;

    public ApiBeheerTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _route = new Route(fabriek);
        ApiTests.ZetClients(fabriek);
    }

    private static string UniekeId() => $"woo-{Guid.NewGuid():N}"[..16];

    private static string? Fout(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    /// <summary>Registers a client as beheerder and returns the secret from the page the POST redirects to.</summary>
    private async Task<string> RegistreerAsync(TestKlant beheerder, string clientId)
    {
        var antwoord = await beheerder.VerstuurAsync(Pagina, new() { ["Invoer.Naam"] = "Woo-platform " + clientId, ["Invoer.ClientId"] = clientId },
            formulierSelector: "form[data-registreren]");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var (resultaat, pagina) = await beheerder.GetAsync(antwoord.Headers.Location!.OriginalString);
        resultaat.StatusCode.ShouldBe(HttpStatusCode.OK);
        resultaat.Headers.CacheControl!.NoStore.ShouldBeTrue();
        pagina.QuerySelector("[data-geheim]")!.TextContent.ShouldContain(clientId);
        return pagina.QuerySelector("[data-geheim-waarde]")!.TextContent.Trim();
    }

    private async Task NietGeregistreerdAsync(string clientId)
    {
        using var scope = _fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(clientId)).ShouldBeNull();
    }

    private async Task<HttpStatusCode> LeesBesluitenAsync(string token)
    {
        var http = _fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await http.GetAsync("/api/v1/besluiten")).StatusCode;
    }

    private Task<HttpResponseMessage> KnopAsync(TestKlant beheerder, string clientId, string handler) =>
        beheerder.VerstuurAsync(Pagina, [], formulierSelector: $"tr[data-client='{clientId}'] form[action*='handler={handler}']");

    [Fact]
    public async Task Geregistreerde_client_krijgt_met_het_eenmalig_getoonde_geheim_een_token_dat_besluiten_leest()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var geheim = await RegistreerAsync(beheerder, clientId);
        geheim.Length.ShouldBeGreaterThanOrEqualTo(40);

        var token = await ApiTests.TokenAsync(_fabriek.Klant().Http, clientId, geheim);
        (await LeesBesluitenAsync(token)).ShouldBe(HttpStatusCode.OK);

        // The secret is not kept readable: a second view does not show it, and the store holds only a hash.
        var tweede = await beheerder.PaginaAsync(Pagina);
        tweede.QuerySelector("[data-geheim]").ShouldBeNull();
        tweede.Body!.InnerHtml.ShouldNotContain(geheim);
        var rij = tweede.QuerySelector($"tr[data-client='{clientId}']")!;
        rij.TextContent.ShouldContain("besluiten.lezen");
        rij.TextContent.ShouldContain("client_credentials");
        rij.QuerySelector("[data-tokens]")!.TextContent.ShouldBe("1");
        using var scope = _fabriek.Services.CreateScope();
        var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var client = await clients.FindByClientIdAsync(clientId);
        (await clients.ValidateClientSecretAsync(client!, geheim)).ShouldBeTrue();
        (await clients.ValidateClientSecretAsync(client!, geheim + "x")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("woo platform!", "Een client-id bestaat alleen uit letters, cijfers en streepjes (-), zonder spaties.")]
    [InlineData(ApiTests.Client, "De client-id woo-test is al geregistreerd; kies een andere.")]
    [InlineData("", "Vul de client-id in.")]
    public async Task Een_ongeldige_of_bestaande_client_id_wordt_bij_het_veld_geweigerd_en_de_invoer_blijft_staan(string clientId, string melding)
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var antwoord = await beheerder.VerstuurAsync(Pagina, new() { ["Invoer.Naam"] = "Provincie Woo", ["Invoer.ClientId"] = clientId },
            formulierSelector: "form[data-registreren]");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.ClientId").ShouldBe(melding);
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Naam']")!.Value.ShouldBe("Provincie Woo");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.ClientId']")!.Value.ShouldBe(clientId);
        pagina.QuerySelector("[data-geheim]").ShouldBeNull();
    }

    [Fact]
    public async Task Zonder_scope_wordt_niets_geregistreerd_en_de_fout_staat_bij_de_scopes()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var antwoord = await beheerder.VerstuurAsync(Pagina, new() { ["Invoer.Naam"] = "Zonder scope", ["Invoer.ClientId"] = clientId, ["Invoer.Scopes"] = null },
            formulierSelector: "form[data-registreren]");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, "Invoer.Scopes").ShouldBe("Kies ten minste één scope.");
        pagina.QuerySelector("[data-foutsamenvatting] a[href='#Invoer_Scopes']").ShouldNotBeNull();
        pagina.QuerySelector("#Invoer_Scopes").ShouldNotBeNull();
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.ClientId']")!.Value.ShouldBe(clientId);
        await NietGeregistreerdAsync(clientId);
    }

    [Fact]
    public async Task Tokens_intrekken_maakt_het_bestaande_token_ongeldig_en_een_nieuw_token_werkt()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var geheim = await RegistreerAsync(beheerder, clientId);
        var oud = await ApiTests.TokenAsync(_fabriek.Klant().Http, clientId, geheim);
        (await LeesBesluitenAsync(oud)).ShouldBe(HttpStatusCode.OK);

        var intrekken = await KnopAsync(beheerder, clientId, "TokensIntrekken");
        intrekken.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(intrekken));

        (await LeesBesluitenAsync(oud)).ShouldBe(HttpStatusCode.Unauthorized);
        var nieuw = await ApiTests.TokenAsync(_fabriek.Klant().Http, clientId, geheim);
        (await LeesBesluitenAsync(nieuw)).ShouldBe(HttpStatusCode.OK);
        (await beheerder.PaginaAsync(Pagina)).QuerySelector($"tr[data-client='{clientId}'] [data-tokens]")!.TextContent.ShouldBe("1");
    }

    [Fact]
    public async Task Een_verwijderde_client_krijgt_geen_token_meer_en_zijn_token_geldt_niet_meer()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var geheim = await RegistreerAsync(beheerder, clientId);
        var token = await ApiTests.TokenAsync(_fabriek.Klant().Http, clientId, geheim);

        var verwijderen = await KnopAsync(beheerder, clientId, "Verwijderen");
        verwijderen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(verwijderen));

        (await beheerder.PaginaAsync(Pagina)).QuerySelector($"tr[data-client='{clientId}']").ShouldBeNull();
        var aanvraag = await ApiTests.VraagTokenAsync(_fabriek.Klant().Http, clientId, geheim, "besluiten.lezen");
        aanvraag.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, await aanvraag.Content.ReadAsStringAsync());
        (await aanvraag.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
        (await LeesBesluitenAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_client_uit_configuratie_staat_erbij_maar_kan_niet_worden_verwijderd()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var rij = (await beheerder.PaginaAsync(Pagina)).QuerySelector($"tr[data-client='{ApiTests.Client}']")!;
        rij.QuerySelector("[data-uit-configuratie]").ShouldNotBeNull();
        rij.QuerySelector("form[action*='handler=Verwijderen']").ShouldBeNull();

        // A forged POST does not delete it either.
        var formulier = (await beheerder.PaginaAsync(Pagina)).QuerySelector<IHtmlFormElement>("form[data-registreren]")!;
        var antwoord = await beheerder.Http.PostAsync($"{Pagina}?handler=Verwijderen&clientId={ApiTests.Client}",
            new FormUrlEncodedContent(TestKlant.Velden(formulier).Where(v => v.Naam == "__RequestVerificationToken")
                .Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde))));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ApiTests.TokenAsync(_fabriek.Klant().Http);
    }

    [Theory]
    [InlineData("authorization_code", "vertrouwelijk", "http://raadsapp.gemeente.nl/terug", "Invoer.RedirectUris",
        "http://raadsapp.gemeente.nl/terug gebruikt http: dat mag alleen voor localhost; gebruik https.")]
    [InlineData("authorization_code", "vertrouwelijk", "raadsapp.gemeente.nl/terug", "Invoer.RedirectUris",
        "raadsapp.gemeente.nl/terug is geen volledig adres: begin met https://.")]
    [InlineData("authorization_code", "publiek", "https://raadsapp.gemeente.nl/terug#start", "Invoer.RedirectUris",
        "https://raadsapp.gemeente.nl/terug#start bevat een #-deel; dat mag niet in een redirect-URI.")]
    [InlineData("authorization_code", "vertrouwelijk", "", "Invoer.RedirectUris",
        "Vul ten minste één redirect-URI in: de autorisatiecode gaat alleen daarheen.")]
    [InlineData("client_credentials", "vertrouwelijk", "https://raadsapp.gemeente.nl/terug", "Invoer.RedirectUris",
        "Redirect-URI's horen bij de autorisatiecode-flow: kies die flow, of maak het veld leeg.")]
    [InlineData("client_credentials", "publiek", "", "Invoer.Flows",
        "Een publieke client heeft geen geheim en kan geen client credentials gebruiken: kies vertrouwelijk, of alleen de autorisatiecode.")]
    [InlineData(null, "vertrouwelijk", "", "Invoer.Flows", "Kies ten minste één flow.")]
    [InlineData("client_credentials", "vertrouwelijk", "", "Invoer.UitlogUris",
        "Uitlog-URI's horen bij de autorisatiecode-flow: kies die flow, of maak het veld leeg.", "https://raadsapp.gemeente.nl/uit")]
    [InlineData("authorization_code", "vertrouwelijk", "https://raadsapp.gemeente.nl/terug", "Invoer.UitlogUris",
        "http://raadsapp.gemeente.nl/uit gebruikt http: dat mag alleen voor localhost; gebruik https.", "http://raadsapp.gemeente.nl/uit")]
    public async Task Een_ongeldige_flow_of_redirect_uri_wordt_bij_het_veld_geweigerd_en_de_invoer_blijft_staan(string? flow, string type,
        string redirects, string veld, string melding, string uitlog = "")
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var antwoord = await beheerder.VerstuurAsync(Pagina, new()
        {
            ["Invoer.Naam"] = "Raadsapp", ["Invoer.ClientId"] = clientId, ["Invoer.Flows"] = flow, ["Invoer.Clienttype"] = type,
            ["Invoer.RedirectUris"] = redirects, ["Invoer.UitlogUris"] = uitlog,
        }, formulierSelector: "form[data-registreren]");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Fout(pagina, veld).ShouldBe(melding);
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.RedirectUris']")!.Value.ShouldBe(redirects);
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.UitlogUris']")!.Value.ShouldBe(uitlog);
        pagina.QuerySelector<IHtmlInputElement>($"input[name='Invoer.Clienttype'][value='{type}']")!.IsChecked.ShouldBeTrue();
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.ClientId']")!.Value.ShouldBe(clientId);
        await NietGeregistreerdAsync(clientId);
    }

    [Fact]
    public async Task Een_publieke_client_voor_de_autorisatiecode_krijgt_geen_geheim_en_werkt_met_pkce()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var clientId = UniekeId();
        var antwoord = await beheerder.VerstuurAsync(Pagina, new()
        {
            ["Invoer.Naam"] = "Raadsapp " + clientId, ["Invoer.ClientId"] = clientId, ["Invoer.Flows"] = "authorization_code",
            ["Invoer.Clienttype"] = "publiek", ["Invoer.RedirectUris"] = Autorisatiecode.Terug + "\r\nhttps://raadsapp.gemeente.nl/terug",
        }, formulierSelector: "form[data-registreren]");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var pagina = await beheerder.PaginaAsync(antwoord.Headers.Location!.OriginalString);
        pagina.QuerySelector("[data-geheim]").ShouldBeNull();
        var rij = pagina.QuerySelector($"tr[data-client='{clientId}']")!;
        rij.QuerySelector("[data-publiek]").ShouldNotBeNull();
        rij.TextContent.ShouldContain("authorization_code, refresh_token");
        rij.QuerySelectorAll("[data-redirects] code").Select(c => c.TextContent)
            .ShouldBe([Autorisatiecode.Terug, "https://raadsapp.gemeente.nl/terug"], ignoreOrder: true);

        var flow = new Autorisatiecode(_fabriek);
        var tokens = await flow.TokensAsync(new Autorisatiecode.Client(clientId, null));
        (await LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);
        // No client credentials for it.
        (await ApiTests.VraagTokenAsync(_fabriek.Klant().Http, clientId, "", "besluiten.lezen")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await beheerder.PaginaAsync(Pagina)).QuerySelector($"tr[data-client='{clientId}'] [data-tokens]")!.TextContent.ShouldBe("2");
    }

    [Fact]
    public async Task De_lijst_kost_evenveel_queries_bij_meer_clients_met_tokens()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        await beheerder.PaginaAsync(Pagina);
        var telling = _fabriek.Sql.Tel(Pagina, "GET");
        await beheerder.PaginaAsync(Pagina);
        var voor = telling.Aantal;
        for (var i = 0; i < 3; i++)
        {
            var clientId = UniekeId();
            await ApiTests.TokenAsync(_fabriek.Klant().Http, clientId, await RegistreerAsync(beheerder, clientId));
        }
        var na = _fabriek.Sql.Tel(Pagina, "GET");
        var pagina = await beheerder.PaginaAsync(Pagina);
        pagina.QuerySelectorAll("[data-tokens]").Count(t => t.TextContent == "1").ShouldBeGreaterThanOrEqualTo(3);
        na.Aantal.ShouldBe(voor, string.Join("\n", na.Commando));
    }

    [Theory]
    [InlineData("TokensIntrekken")]
    [InlineData("Verwijderen")]
    public async Task Een_post_zonder_client_id_is_404_en_geen_serverfout(string handler)
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var formulier = (await beheerder.PaginaAsync(Pagina)).QuerySelector<IHtmlFormElement>("form[data-registreren]")!;
        var antwoord = await beheerder.Http.PostAsync($"{Pagina}?handler={handler}",
            new FormUrlEncodedContent(TestKlant.Velden(formulier).Where(v => v.Naam == "__RequestVerificationToken")
                .Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde))));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("steller")]
    [InlineData("secretariaat")]
    public async Task Wie_geen_beheerder_is_komt_er_niet_in_en_registreert_niets(string wie)
    {
        var klant = await _route.AlsAsync(wie);
        var get = await klant.Http.GetAsync(Pagina);
        Geweigerd(get);

        // With a valid antiforgery token of this user (from the logout form every page has), the POST is still refused.
        var formulier = (await klant.PaginaAsync("/")).QuerySelector<IHtmlFormElement>("form[action='/Account/Uitloggen']")!;
        var clientId = UniekeId();
        var velden = TestKlant.Velden(formulier).Where(v => v.Naam == "__RequestVerificationToken").ToList();
        velden.ShouldNotBeEmpty();
        velden.Add(("Invoer.Naam", "Indringer"));
        velden.Add(("Invoer.ClientId", clientId));
        velden.Add(("Invoer.Scopes", "besluiten.lezen"));
        var post = await klant.Http.PostAsync($"{Pagina}?handler=Registreren",
            new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde))));
        Geweigerd(post);
        var intrekken = await klant.Http.PostAsync($"{Pagina}?handler=TokensIntrekken&clientId={ApiTests.Client}",
            new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde))));
        Geweigerd(intrekken);

        await NietGeregistreerdAsync(clientId);
    }

    private static void Geweigerd(HttpResponseMessage antwoord) =>
        (antwoord.StatusCode == HttpStatusCode.Forbidden
         || (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location!.AbsolutePath == "/Account/Geweigerd"))
        .ShouldBeTrue($"{antwoord.StatusCode} {antwoord.Headers.Location}");
}

using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// An interactive client acting for a user: authorization code with PKCE and a Dutch consent page, refresh tokens with
/// rotation, revocation and introspection, all through real HTTP against the app's own authorization server.
/// </summary>
public sealed class AutorisatiecodeTests : IClassFixture<BesluitvormingFabriek>
{
    private readonly BesluitvormingFabriek _fabriek;
    private readonly Autorisatiecode _flow;

    public AutorisatiecodeTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _flow = new Autorisatiecode(fabriek);
        ApiTests.ZetClients(fabriek);
    }

    private async Task<int> AutorisatiesAsync(string clientId)
    {
        using var scope = _fabriek.Services.CreateScope();
        var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var id = await clients.GetIdAsync((await clients.FindByClientIdAsync(clientId))!);
        var aantal = 0;
        await foreach (var _ in scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().FindByApplicationIdAsync(id!)) aantal++;
        return aantal;
    }

    private async Task<JsonElement> IntrospecteerAsync(Autorisatiecode.Client client, string token)
    {
        var antwoord = await _fabriek.Klant().Http.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = client.Id, ["client_secret"] = client.Geheim ?? "", ["token"] = token,
        }));
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        return JsonDocument.Parse(tekst).RootElement;
    }

    private async Task<HttpResponseMessage> TrekInAsync(Autorisatiecode.Client client, string token) =>
        await _fabriek.Klant().Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = client.Id, ["client_secret"] = client.Geheim ?? "", ["token"] = token,
        }));

    [Fact]
    public async Task Na_inloggen_en_toestaan_wisselt_de_client_de_code_met_pkce_in_voor_tokens_die_besluiten_lezen()
    {
        var client = await _flow.RegistreerAsync();
        var pkce = Autorisatiecode.Pkce.Nieuw();
        var url = Autorisatiecode.AutoriseerUrl(client, pkce);
        var gebruiker = _fabriek.Klant();

        // Not signed in: to the login page, and after signing in back to the same authorization request.
        var naarInloggen = await gebruiker.Http.GetAsync(url);
        naarInloggen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        naarInloggen.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
        var inloggen = await gebruiker.VerstuurAsync(naarInloggen.Headers.Location.PathAndQuery,
            new() { ["Gebruikersnaam"] = "steller", ["Wachtwoord"] = TestKlant.Wachtwoord });
        inloggen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(inloggen));
        inloggen.Headers.Location!.OriginalString.ShouldBe(url);

        var (antwoord, pagina) = await gebruiker.GetAsync(url);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        antwoord.Headers.CacheControl!.NoStore.ShouldBeTrue();
        pagina.QuerySelector("[data-vraag]")!.TextContent.ShouldBe($"Raadsapp {client.Id[4..]} wil namens u:");
        pagina.QuerySelectorAll("[data-scope]").Select(s => s.TextContent).ShouldBe([
            "de besluiten lezen die de gemeente openbaar heeft gemaakt",
            "blijven werken als u niet aangemeld bent, tot u de toestemming intrekt of het vernieuwingstoken verloopt"]);
        pagina.QuerySelector("form[data-toestemming] input[name=__RequestVerificationToken]").ShouldNotBeNull();
        (await AutorisatiesAsync(client.Id)).ShouldBe(0, "een GET geeft geen toestemming");

        var terug = Autorisatiecode.Terugkeer(await Autorisatiecode.BeantwoordAsync(gebruiker, url, "toestaan"));
        terug["state"].ShouldBe("toestand-1");
        (await AutorisatiesAsync(client.Id)).ShouldBe(1);

        var tokens = await Autorisatiecode.LeesTokensAsync(await _flow.WisselAsync(client, terug["code"], pkce.Verifier));
        tokens.Vernieuwing.ShouldNotBeNull();
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);
        // A code is used once.
        await Autorisatiecode.GeweigerdAsync(await _flow.WisselAsync(client, terug["code"], pkce.Verifier), "invalid_grant");
    }

    [Fact]
    public async Task De_toestemmingspagina_noemt_elke_scope_in_woorden_voor_de_gebruiker_en_niet_technisch()
    {
        var client = await _flow.RegistreerAsync(scopes: string.Join(' ', Besluitvorming.Web.Api.ApiScopes.Namen));
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var url = Autorisatiecode.AutoriseerUrl(client, Autorisatiecode.Pkce.Nieuw(),
            scope: string.Join(' ', Besluitvorming.Web.Api.ApiScopes.Namen));
        var getoond = (await gebruiker.PaginaAsync(url)).QuerySelectorAll("[data-scope]").Select(s => s.TextContent).ToList();

        getoond.ShouldBe(Besluitvorming.Web.Api.ApiScopes.Bekend.Select(s => s.Toestemming));
        getoond.ShouldContain("conceptvoorstellen op uw naam aanmaken");
        foreach (var tekst in getoond)
        {
            tekst.ShouldNotContain("/api/");
            tekst.ShouldNotContain("GET ");
            tekst.ShouldNotContain("POST ");
        }
        (await AutorisatiesAsync(client.Id)).ShouldBe(0, "de pagina tonen geeft geen toestemming");
    }

    [Fact]
    public async Task Toestaan_zonder_antiforgerytoken_geeft_geen_code()
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var url = Autorisatiecode.AutoriseerUrl(client, Autorisatiecode.Pkce.Nieuw());
        var formulier = (await gebruiker.PaginaAsync(url)).QuerySelector<IHtmlFormElement>("form[data-toestemming]")!;
        var velden = TestKlant.Velden(formulier).Where(v => v.Naam != "__RequestVerificationToken")
            .Append(("besluit", "toestaan")).Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2));
        var antwoord = await gebruiker.Http.PostAsync("/connect/authorize", new FormUrlEncodedContent(velden));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AutorisatiesAsync(client.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Een_verkeerde_code_verifier_of_redirect_uri_bij_het_inwisselen_wordt_geweigerd()
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var pkce = Autorisatiecode.Pkce.Nieuw();
        var code = await _flow.CodeAsync(gebruiker, client, pkce);
        await Autorisatiecode.GeweigerdAsync(await _flow.WisselAsync(client, code, Autorisatiecode.Pkce.Nieuw().Verifier), "invalid_grant");

        var code2 = await _flow.CodeAsync(gebruiker, client, pkce);
        await Autorisatiecode.GeweigerdAsync(await _flow.WisselAsync(client, code2, pkce.Verifier, "http://localhost:5999/anders"), "invalid_grant");
    }

    [Theory]
    [InlineData("http://localhost:5999/anders", "S256", "redirect_uri")]
    [InlineData("https://aanvaller.example/terug", "S256", "redirect_uri")]
    [InlineData(Autorisatiecode.Terug, "plain", "code_challenge_method")]
    public async Task Een_onbekende_redirect_uri_of_pkce_zonder_s256_wordt_geweigerd_zonder_code(string redirectUri, string methode, string fout)
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var antwoord = await gebruiker.Http.GetAsync(Autorisatiecode.AutoriseerUrl(client, Autorisatiecode.Pkce.Nieuw(), redirectUri: redirectUri, methode: methode));
        var tekst = await antwoord.Content.ReadAsStringAsync();
        // Never redirected (an unknown redirect URI could be the attacker's): an error page, no consent, no code.
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest, tekst);
        antwoord.Headers.Location.ShouldBeNull();
        tekst.ShouldContain("invalid_request");
        tekst.ShouldContain(fout);
        (await AutorisatiesAsync(client.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Weigeren_stuurt_access_denied_naar_de_client_en_onthoudt_niets()
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var url = Autorisatiecode.AutoriseerUrl(client, Autorisatiecode.Pkce.Nieuw());
        var terug = Autorisatiecode.Terugkeer(await Autorisatiecode.BeantwoordAsync(gebruiker, url, "weigeren"));
        terug["error"].ShouldBe("access_denied");
        terug["state"].ShouldBe("toestand-1");
        terug.ShouldNotContainKey("code");
        (await AutorisatiesAsync(client.Id)).ShouldBe(0);
        (await gebruiker.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "de vraag komt terug");
    }

    [Fact]
    public async Task Een_tweede_autorisatie_slaat_de_toestemming_over_tot_de_client_meer_scopes_vraagt()
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var pkce = Autorisatiecode.Pkce.Nieuw();
        await _flow.CodeAsync(gebruiker, client, pkce, "besluiten.lezen");

        var tweede = await gebruiker.Http.GetAsync(Autorisatiecode.AutoriseerUrl(client, pkce, "besluiten.lezen"));
        var code = Autorisatiecode.Terugkeer(tweede)["code"];
        var tokens = await Autorisatiecode.LeesTokensAsync(await _flow.WisselAsync(client, code, pkce.Verifier));
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);
        (await AutorisatiesAsync(client.Id)).ShouldBe(1);

        // More than was consented to: the question again.
        var meer = await gebruiker.Http.GetAsync(Autorisatiecode.AutoriseerUrl(client, pkce, "besluiten.lezen offline_access"));
        meer.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Another user has not consented.
        var ander = await _fabriek.IngelogdAlsAsync("secretariaat");
        (await ander.Http.GetAsync(Autorisatiecode.AutoriseerUrl(client, pkce, "besluiten.lezen"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_scope_die_de_client_niet_heeft_wordt_niet_gevraagd()
    {
        var client = await _flow.RegistreerAsync(scopes: "besluiten.lezen");
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        var antwoord = await gebruiker.Http.GetAsync(Autorisatiecode.AutoriseerUrl(client, Autorisatiecode.Pkce.Nieuw(), "besluiten.lezen onbekend.schrijven"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await antwoord.Content.ReadAsStringAsync()).ShouldContain("invalid_scope");
        (await AutorisatiesAsync(client.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Vernieuwen_geeft_een_nieuw_vernieuwingstoken_en_een_gebruikt_token_wordt_geweigerd()
    {
        var client = await _flow.RegistreerAsync();
        var eerste = await _flow.TokensAsync(client);

        var tweede = await Autorisatiecode.LeesTokensAsync(await _flow.VernieuwAsync(client, eerste.Vernieuwing!));
        tweede.Vernieuwing.ShouldNotBeNull();
        tweede.Vernieuwing.ShouldNotBe(eerste.Vernieuwing);
        (await _flow.LeesBesluitenAsync(tweede.Toegang)).ShouldBe(HttpStatusCode.OK);
        var derde = await Autorisatiecode.LeesTokensAsync(await _flow.VernieuwAsync(client, tweede.Vernieuwing!));
        (await _flow.LeesBesluitenAsync(derde.Toegang)).ShouldBe(HttpStatusCode.OK);

        // The used one again, at once (no leeway): refused, and the chain of that consent is revoked with it.
        await Autorisatiecode.GeweigerdAsync(await _flow.VernieuwAsync(client, eerste.Vernieuwing!), "invalid_grant");
        await Autorisatiecode.GeweigerdAsync(await _flow.VernieuwAsync(client, derde.Vernieuwing!), "invalid_grant");
        // Another client cannot use it either.
        var ander = await _flow.RegistreerAsync();
        var vanAnder = await _flow.TokensAsync(ander);
        await Autorisatiecode.GeweigerdAsync(await _flow.VernieuwAsync(client, vanAnder.Vernieuwing!), "invalid_grant");
    }

    [Fact]
    public async Task Een_ingetrokken_toegangstoken_geeft_401_en_een_ingetrokken_vernieuwingstoken_wordt_geweigerd()
    {
        var client = await _flow.RegistreerAsync();
        var tokens = await _flow.TokensAsync(client);
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);

        // Another client cannot revoke it.
        var ander = await _flow.RegistreerAsync();
        await TrekInAsync(ander, tokens.Toegang);
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);

        (await TrekInAsync(client, tokens.Toegang)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.Unauthorized);

        (await TrekInAsync(client, tokens.Vernieuwing!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Autorisatiecode.GeweigerdAsync(await _flow.VernieuwAsync(client, tokens.Vernieuwing!), "invalid_grant");
    }

    [Fact]
    public async Task Introspectie_toont_alleen_de_eigen_tokens_van_een_vertrouwelijke_client()
    {
        var client = await _flow.RegistreerAsync();
        var tokens = await _flow.TokensAsync(client);
        var eigen = await IntrospecteerAsync(client, tokens.Toegang);
        eigen.GetProperty("active").GetBoolean().ShouldBeTrue(eigen.ToString());
        eigen.GetProperty("token_usage").GetString().ShouldBe("access_token", eigen.ToString());
        eigen.TryGetProperty("exp", out _).ShouldBeTrue(eigen.ToString());
        (await IntrospecteerAsync(client, tokens.Vernieuwing!)).GetProperty("active").GetBoolean().ShouldBeTrue();

        // Another client learns nothing about it, not even that it is valid.
        var ander = await _flow.RegistreerAsync();
        var vreemd = await IntrospecteerAsync(ander, tokens.Toegang);
        vreemd.GetProperty("active").GetBoolean().ShouldBeFalse();
        vreemd.EnumerateObject().Select(p => p.Name).ShouldBe(["active"]);
        // A client credentials client neither.
        var woo = await IntrospecteerAsync(new Autorisatiecode.Client(ApiTests.Client, ApiTests.Geheim), tokens.Toegang);
        woo.GetProperty("active").GetBoolean().ShouldBeFalse();

        await TrekInAsync(client, tokens.Toegang);
        (await IntrospecteerAsync(client, tokens.Toegang)).GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Een_publieke_client_gebruikt_pkce_zonder_geheim_maar_mag_niet_introspecteren()
    {
        var client = await _flow.RegistreerAsync(vertrouwelijk: false);
        var tokens = await _flow.TokensAsync(client);
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.OK);
        var antwoord = await _fabriek.Klant().Http.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = client.Id, ["token"] = tokens.Toegang,
        }));
        antwoord.StatusCode.ShouldNotBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Uitloggen_via_de_client_vraagt_eerst_en_stuurt_daarna_alleen_terug_naar_een_geregistreerd_adres()
    {
        var client = await _flow.RegistreerAsync();
        var gebruiker = await _fabriek.IngelogdAlsAsync("steller");
        string Url(string terug) => $"/connect/endsession?client_id={client.Id}&post_logout_redirect_uri={Uri.EscapeDataString(terug)}&state=weg-1";

        var vreemd = await gebruiker.Http.GetAsync(Url("https://aanvaller.example/uitgelogd"));
        vreemd.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await vreemd.Content.ReadAsStringAsync());
        vreemd.Headers.Location.ShouldBeNull();

        var vraag = await gebruiker.PaginaAsync(Url(Autorisatiecode.TerugNaUitloggen));
        vraag.QuerySelector("form[data-uitloggen]").ShouldNotBeNull();
        (await gebruiker.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "een GET logt niet uit");

        var uit = await gebruiker.VerstuurAsync(Url(Autorisatiecode.TerugNaUitloggen), [], formulierSelector: "form[data-uitloggen]");
        uit.StatusCode.ShouldBe(HttpStatusCode.Redirect, await uit.Content.ReadAsStringAsync());
        uit.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(Autorisatiecode.TerugNaUitloggen);
        uit.Headers.Location.Query.ShouldContain("state=weg-1");
        var daarna = await gebruiker.Http.GetAsync("/");
        daarna.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        daarna.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }

    [Fact]
    public async Task Verlopen_toegangs_en_vernieuwingstokens_worden_geweigerd()
    {
        var client = await _flow.RegistreerAsync();
        var tokens = await _flow.TokensAsync(client);
        _fabriek.Klok.ZetOp(_fabriek.Klok.GetUtcNow().AddMinutes(61));
        (await _flow.LeesBesluitenAsync(tokens.Toegang)).ShouldBe(HttpStatusCode.Unauthorized);
        var vernieuwd = await Autorisatiecode.LeesTokensAsync(await _flow.VernieuwAsync(client, tokens.Vernieuwing!));
        (await _flow.LeesBesluitenAsync(vernieuwd.Toegang)).ShouldBe(HttpStatusCode.OK);

        // The default refresh lifetime is 14 days.
        _fabriek.Klok.ZetOp(_fabriek.Klok.GetUtcNow().AddDays(15));
        await Autorisatiecode.GeweigerdAsync(await _flow.VernieuwAsync(client, vernieuwd.Vernieuwing!), "invalid_grant");
    }
}

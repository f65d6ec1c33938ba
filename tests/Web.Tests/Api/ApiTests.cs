using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Besluitvorming.Workflows.Voorstellen;
using EndpointDataSource = Microsoft.AspNetCore.Routing.EndpointDataSource;
using RouteEndpoint = Microsoft.AspNetCore.Routing.RouteEndpoint;
using Microsoft.Extensions.DependencyInjection;
using Besluitvorming.Web.Tests.Openbaar;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// The API for Woo platforms through real HTTP: a client credentials token from /connect/token, /api/v1/besluiten with
/// only published besluiten and public bijlagen, every error as Dutch problem details, ETags, and the OpenAPI document.
/// On SQLite here and on PostgreSQL in <see cref="Postgres.PostgresApiTests"/>.
/// </summary>
public class ApiTests : IClassFixture<BesluitvormingFabriek>
{
    public const string Client = "woo-test";
    public const string Geheim = "woo-test-geheim";
    public const string ClientZonderScope = "ander-test";
    public const string Rsin = "001234567";

    private readonly BesluitvormingFabriek _fabriek;
    private readonly Route _route;

    public ApiTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _route = new Route(fabriek);
        ZetClients(fabriek);
    }

    /// <summary>Two API clients: one with besluiten.lezen, one without any scope.</summary>
    internal static void ZetClients(BesluitvormingFabriek fabriek)
    {
        var i = fabriek.ExtraInstellingen;
        i.TryAdd("Api:VerantwoordelijkeOrganisatie", Rsin);
        i.TryAdd("Api:Clients:0:ClientId", Client);
        i.TryAdd("Api:Clients:0:ClientSecret", Geheim);
        i.TryAdd("Api:Clients:0:Scopes:0", "besluiten.lezen");
        i.TryAdd("Api:Clients:1:ClientId", ClientZonderScope);
        i.TryAdd("Api:Clients:1:ClientSecret", "ander-test-geheim");
    }

    private static string Uniek(string tekst) => $"{tekst} {Guid.NewGuid():N}"[..(tekst.Length + 9)];

    internal static async Task<HttpResponseMessage> VraagTokenAsync(HttpClient http, string client, string geheim, string? scope)
    {
        var velden = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = geheim };
        if (scope is not null) velden["scope"] = scope;
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(velden));
    }

    internal static async Task<string> TokenAsync(HttpClient http, string client = Client, string geheim = Geheim, string? scope = "besluiten.lezen")
    {
        var antwoord = await VraagTokenAsync(http, client, geheim, scope);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        using var json = JsonDocument.Parse(tekst);
        json.RootElement.GetProperty("token_type").GetString().ShouldBe("Bearer");
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A fresh client of the test app that sends a token of <paramref name="client"/> with <paramref name="scope"/>.</summary>
    internal static async Task<HttpClient> MetTokenAsync(BesluitvormingFabriek fabriek, string client, string geheim, string? scope)
    {
        var token = await TokenAsync(fabriek.Klant().Http, client, geheim, scope);
        var http = fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private HttpClient Http(string? token)
    {
        var http = _fabriek.Klant().Http;
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> ProbleemAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(status, tekst);
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", tekst);
        var json = JsonDocument.Parse(tekst).RootElement;
        json.GetProperty("status").GetInt32().ShouldBe((int)status);
        json.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return json;
    }

    /// <summary>Every besluit of the list, following the next links (100 a page).</summary>
    private static async Task<List<JsonElement>> AlleBesluitenAsync(HttpClient http)
    {
        var alle = new List<JsonElement>();
        string? volgende = "/api/v1/besluiten?paginagrootte=100";
        for (var i = 0; volgende is not null && i < 50; i++)
        {
            var antwoord = await http.GetAsync(volgende);
            var tekst = await antwoord.Content.ReadAsStringAsync();
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
            var pagina = JsonDocument.Parse(tekst).RootElement;
            alle.AddRange(pagina.GetProperty("results").EnumerateArray());
            volgende = pagina.GetProperty("next").GetString();
            pagina.GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(alle.Count);
        }
        volgende.ShouldBeNull("de laatste pagina heeft geen volgende");
        return alle;
    }

    [Fact]
    public async Task Een_client_met_token_leest_alleen_gepubliceerde_besluiten_met_alleen_hun_openbare_bijlagen()
    {
        var openbaar = await Besluiten.BeslisAsync(_fabriek, Uniek("Parkeerbeleid API"), Openbaarheid.Ja,
            bijlagen: [("Parkeernota", true), ("Vertrouwelijke grondprijzen", false)]);
        var uitgesteld = await Besluiten.BeslisAsync(_fabriek, Uniek("Grondruil API"), Openbaarheid.Uitgesteld,
            openbaarNa: _fabriek.Klok.Vandaag.AddDays(20), bijlagen: [("Bijlage bij een uitgesteld besluit", true)]);
        var nietOpenbaar = await Besluiten.BeslisAsync(_fabriek, Uniek("Geheim API"), Openbaarheid.Nee);
        var v = await _route.LaadAsync(openbaar);
        var vUitgesteld = await _route.LaadAsync(uitgesteld);
        var vNietOpenbaar = await _route.LaadAsync(nietOpenbaar);
        vUitgesteld.Status.ShouldBe("Besloten");
        vUitgesteld.Registratienummer.ShouldNotBeNull();

        var http = Http(await TokenAsync(_fabriek.Klant().Http));
        var alle = await AlleBesluitenAsync(http);
        var ids = alle.Select(b => b.GetProperty("identificatie").GetString()).ToList();
        ids.ShouldContain(v.Registratienummer);
        ids.ShouldNotContain(vUitgesteld.Registratienummer);
        ids.ShouldNotContain(vNietOpenbaar.Registratienummer);

        var antwoord = await http.GetAsync($"/api/v1/besluiten/{v.Registratienummer}");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        var b = JsonDocument.Parse(tekst).RootElement;
        b.GetProperty("identificatie").GetString().ShouldBe(v.Registratienummer);
        b.GetProperty("verantwoordelijkeOrganisatie").GetString().ShouldBe(Rsin);
        b.GetProperty("besluittype").GetString().ShouldBe("collegebesluit");
        b.GetProperty("bestuursorgaan").GetString().ShouldBe("college");
        b.GetProperty("datum").GetString().ShouldBe(_fabriek.Klok.Vandaag.AddDays(-1).ToString("yyyy-MM-dd"));
        b.GetProperty("publicatiedatum").GetString().ShouldBe(v.GepubliceerdOp!.Value.ToString("yyyy-MM-dd"));
        b.GetProperty("uitkomst").GetString().ShouldBe("ingestemd");
        b.GetProperty("toelichting").GetString()!.ShouldContain("Het college besluit over");
        var documenten = b.GetProperty("documenten").EnumerateArray().ToList();
        documenten.Select(d => d.GetProperty("titel").GetString()).ShouldBe(["Parkeernota"]);
        var bijlage = v.Bijlagen.Single(x => x.Openbaar == true);
        var url = new Uri(documenten[0].GetProperty("url").GetString()!);
        url.AbsolutePath.ShouldBe($"/Openbaar/Besluiten/{openbaar}/Bijlagen/{bijlage.Id}");
        (await _fabriek.Klant().Http.GetAsync(url.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK, "de url is die van het openbare deel");
        tekst.ShouldNotContain("Vertrouwelijke grondprijzen");

        foreach (var verborgen in new[] { vUitgesteld.Registratienummer, vNietOpenbaar.Registratienummer })
        {
            var probleem = await ProbleemAsync(await http.GetAsync($"/api/v1/besluiten/{verborgen}"), HttpStatusCode.NotFound);
            probleem.GetProperty("detail").GetString()!.ShouldContain("geen gepubliceerd besluit");
        }
    }

    [Fact]
    public async Task Zonder_token_of_met_een_vervalst_token_is_het_antwoord_401_als_problem_details()
    {
        var zonder = await Http(null).GetAsync("/api/v1/besluiten");
        (await ProbleemAsync(zonder, HttpStatusCode.Unauthorized)).GetProperty("title").GetString().ShouldBe("Niet aangemeld");
        zonder.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");

        var token = await TokenAsync(_fabriek.Klant().Http);
        (await Http(token).GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // One character of the encrypted payload changed: the token no longer decrypts to what was signed.
        var delen = token.Split('.');
        var midden = delen[3].ToCharArray();
        midden[midden.Length / 2] = midden[midden.Length / 2] == 'A' ? 'B' : 'A';
        delen[3] = new string(midden);
        var vervalst = await Http(string.Join('.', delen)).GetAsync("/api/v1/besluiten");
        await ProbleemAsync(vervalst, HttpStatusCode.Unauthorized);
        vervalst.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        await ProbleemAsync(await Http("geen-token").GetAsync("/api/v1/besluiten/2026-0001"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_verkeerd_geheim_krijgt_geen_token()
    {
        var antwoord = await VraagTokenAsync(_fabriek.Klant().Http, Client, "fout-geheim", "besluiten.lezen");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await antwoord.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
    }

    [Fact]
    public async Task Een_verlopen_token_wordt_geweigerd()
    {
        var token = await TokenAsync(_fabriek.Klant().Http);
        (await Http(token).GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // OpenIddict takes the app's TimeProvider (the test's clock); the default lifetime is one hour.
        _fabriek.Klok.ZetOp(_fabriek.Klok.GetUtcNow().AddMinutes(61));
        var antwoord = await Http(token).GetAsync("/api/v1/besluiten");
        await ProbleemAsync(antwoord, HttpStatusCode.Unauthorized);
        antwoord.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        (await Http(await TokenAsync(_fabriek.Klant().Http)).GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_token_zonder_scope_besluiten_lezen_krijgt_403()
    {
        // The client may not ask for the scope at all...
        var geweigerd = await VraagTokenAsync(_fabriek.Klant().Http, ClientZonderScope, "ander-test-geheim", "besluiten.lezen");
        geweigerd.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await geweigerd.Content.ReadAsStringAsync()).ShouldContain("not allowed to use the specified scope");
        // ...and its token without it opens nothing.
        var token = await TokenAsync(_fabriek.Klant().Http, ClientZonderScope, "ander-test-geheim", scope: null);
        var antwoord = await Http(token).GetAsync("/api/v1/besluiten");
        (await ProbleemAsync(antwoord, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("besluiten.lezen");
        antwoord.Headers.WwwAuthenticate.ToString().ShouldContain("insufficient_scope");
    }

    [Fact]
    public async Task Met_de_ETag_in_If_None_Match_is_het_antwoord_304_zonder_inhoud_tot_er_iets_verandert()
    {
        var http = Http(await TokenAsync(_fabriek.Klant().Http));
        var eerste = await http.GetAsync("/api/v1/besluiten?paginagrootte=5");
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = eerste.Headers.ETag!;

        var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/besluiten?paginagrootte=5");
        verzoek.Headers.IfNoneMatch.Add(etag);
        var tweede = await http.SendAsync(verzoek);
        tweede.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await tweede.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        await Besluiten.BeslisAsync(_fabriek, Uniek("Nieuw besluit ETag"), Openbaarheid.Ja);
        var na = new HttpRequestMessage(HttpMethod.Get, "/api/v1/besluiten?paginagrootte=5");
        na.Headers.IfNoneMatch.Add(etag);
        var derde = await http.SendAsync(na);
        derde.StatusCode.ShouldBe(HttpStatusCode.OK, "een nieuw besluit verandert de lijst");
        derde.Headers.ETag!.Tag.ShouldNotBe(etag.Tag);
    }

    [Fact]
    public async Task Een_ongeldig_filter_is_400_met_een_Nederlandse_melding_per_filter()
    {
        var http = Http(await TokenAsync(_fabriek.Klant().Http));
        var json = await ProbleemAsync(await http.GetAsync("/api/v1/besluiten?paginagrootte=101&vanaf=gisteren&bestuursorgaan=provincie&pagina=0"),
            HttpStatusCode.BadRequest);
        var fouten = json.GetProperty("errors");
        fouten.GetProperty("paginagrootte")[0].GetString()!.ShouldContain("1 tot en met 100");
        fouten.GetProperty("vanaf")[0].GetString()!.ShouldContain("jjjj-mm-dd");
        fouten.GetProperty("bestuursorgaan")[0].GetString()!.ShouldContain("college of raad");
        fouten.GetProperty("pagina")[0].GetString()!.ShouldContain("vanaf 1");
        var omgekeerd = await ProbleemAsync(await http.GetAsync("/api/v1/besluiten?vanaf=2026-02-01&tot=2026-01-01"), HttpStatusCode.BadRequest);
        omgekeerd.GetProperty("errors").GetProperty("tot")[0].GetString()!.ShouldContain("voor vanaf");
        await ProbleemAsync(await http.GetAsync("/api/v1/onbekend"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Filters_op_datum_en_bestuursorgaan_en_paginas_geven_alleen_wat_erbij_hoort()
    {
        var id = await Besluiten.BeslisAsync(_fabriek, Uniek("Filter API"), Openbaarheid.Ja);
        var v = await _route.LaadAsync(id);
        var http = Http(await TokenAsync(_fabriek.Klant().Http));
        var gisteren = _fabriek.Klok.Vandaag.AddDays(-1).ToString("yyyy-MM-dd");
        async Task<JsonElement> Pagina(string url) => JsonDocument.Parse(await (await http.GetAsync(url)).Content.ReadAsStringAsync()).RootElement;

        var opDatum = await Pagina($"/api/v1/besluiten?vanaf={gisteren}&tot={gisteren}&bestuursorgaan=college&paginagrootte=100");
        opDatum.GetProperty("results").EnumerateArray().ShouldAllBe(b => b.GetProperty("datum").GetString() == gisteren);
        opDatum.GetProperty("results").EnumerateArray().Select(b => b.GetProperty("identificatie").GetString()).ShouldContain(v.Registratienummer);
        (await Pagina("/api/v1/besluiten?bestuursorgaan=raad&paginagrootte=100")).GetProperty("results").EnumerateArray()
            .ShouldAllBe(b => b.GetProperty("bestuursorgaan").GetString() == "raad");
        var voor = _fabriek.Klok.Vandaag.AddDays(-2).ToString("yyyy-MM-dd");
        (await Pagina($"/api/v1/besluiten?tot={voor}&paginagrootte=100")).GetProperty("results").EnumerateArray()
            .Select(b => b.GetProperty("identificatie").GetString()).ShouldNotContain(v.Registratienummer);

        var een = await Pagina("/api/v1/besluiten?paginagrootte=1");
        een.GetProperty("results").GetArrayLength().ShouldBe(1);
        een.GetProperty("previous").ValueKind.ShouldBe(JsonValueKind.Null);
        var volgende = new Uri(een.GetProperty("next").GetString()!);
        var twee = await Pagina(volgende.PathAndQuery);
        twee.GetProperty("previous").GetString().ShouldNotBeNull();
        twee.GetProperty("results")[0].GetProperty("identificatie").GetString()
            .ShouldNotBe(een.GetProperty("results")[0].GetProperty("identificatie").GetString());
    }

    [Fact]
    public async Task Het_OpenAPI_document_beschrijft_elk_api_v1_pad_en_de_referentiepagina_laadt_niets_van_buiten()
    {
        var http = _fabriek.Klant().Http;
        var antwoord = await http.GetAsync("/openapi/v1.json");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        var document = JsonDocument.Parse(tekst).RootElement;
        var paden = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var oauth = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        oauth.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        oauth.GetProperty("flows").GetProperty("clientCredentials").GetProperty("scopes").EnumerateObject().Select(s => s.Name)
            .ShouldBe(Besluitvorming.Web.Api.ApiScopes.Namen);
        // Applications acting for a user: the authorization code flow, with refresh at the token endpoint.
        var code = oauth.GetProperty("flows").GetProperty("authorizationCode");
        code.GetProperty("authorizationUrl").GetString().ShouldBe("/connect/authorize");
        code.GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        code.GetProperty("refreshUrl").GetString().ShouldBe("/connect/token");
        code.GetProperty("scopes").EnumerateObject().Select(s => s.Name).ShouldBe(Besluitvorming.Web.Api.ApiScopes.Namen);
        document.GetProperty("info").GetProperty("description").GetString()!.ShouldContain("/connect/authorize");
        // Every operation names the one scope it needs.
        var scopes = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
                .Select(o => (Operatie: $"{o.Name} {p.Name}", Scopes: o.Value.GetProperty("security")[0].GetProperty("oauth2").EnumerateArray()
                    .Select(s => s.GetString()).ToList())))
            .ToDictionary(x => x.Operatie, x => x.Scopes);
        scopes["get /api/v1/besluiten"].ShouldBe(["besluiten.lezen"]);
        scopes["get /api/v1/voorstellen/{sleutel}"].ShouldBe(["voorstellen.lezen"]);
        scopes["post /api/v1/voorstellen"].ShouldBe(["voorstellen.schrijven"]);
        scopes["get /api/v1/vergaderingen/{id}"].ShouldBe(["vergaderingen.lezen"]);
        scopes.Values.ShouldAllBe(s => s.Count == 1);
        // Every /api/v1 route but the catch-all that answers 404 for unknown paths.
        var routes = _fabriek.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal)).Distinct().ToList();
        routes.ShouldNotBeEmpty();
        foreach (var route in routes) paden.ShouldContain(route);
        paden.ShouldAllBe(p => p.StartsWith("/api/v1/"));

        var scalar = await http.GetAsync("/scalar/");
        var html = await scalar.Content.ReadAsStringAsync();
        scalar.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        System.Text.RegularExpressions.Regex.Matches(html, "(src|href)\\s*=\\s*[\"']?(https?:)?//", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .ShouldBeEmpty("de referentiepagina laadt geen scripts, stijlen of lettertypen van een CDN");
        html.ShouldNotContain("cdn.jsdelivr");
        html.ShouldNotContain("fonts.scalar.com");
        (await http.GetAsync("/scalar/scalar.js")).StatusCode.ShouldBe(HttpStatusCode.OK, "het script van Scalar komt uit de app zelf");
        scalar.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self' 'unsafe-inline'");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// /api/v1/voorstellen through real HTTP with client-credentials tokens: each scope allowed and refused, a system
/// sees what the bestuurssecretariaat sees but never another's draft, POST creates a draft for a steller (validation
/// per field, Idempotency-Key); and the visibility of a token that acts for a user, on the real database.
/// </summary>
public class ApiVoorstellenTests : IClassFixture<BesluitvormingFabriek>
{
    public const string Systeem = "systeem-test";
    public const string SysteemGeheim = "systeem-test-geheim";
    public const string AnderSysteem = "ander-systeem-test";
    public const string AnderGeheim = "ander-systeem-test-geheim";
    public const string Lezer = "lezer-test";
    public const string LezerGeheim = "lezer-test-geheim";
    private const string Alles = "voorstellen.lezen voorstellen.schrijven vergaderingen.lezen";

    private readonly BesluitvormingFabriek _fabriek;
    private readonly Route _route;

    public ApiVoorstellenTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _route = new Route(fabriek);
        ZetClients(fabriek);
    }

    /// <summary>
    /// Besides ApiTests' clients (woo-test: besluiten.lezen only): two systems with the three new scopes, and one that
    /// may only read proposals.
    /// </summary>
    internal static void ZetClients(BesluitvormingFabriek fabriek)
    {
        ApiTests.ZetClients(fabriek);
        var i = fabriek.ExtraInstellingen;
        foreach (var (n, id, geheim, scopes) in new[]
                 {
                     (2, Systeem, SysteemGeheim, Alles.Split(' ')), (3, AnderSysteem, AnderGeheim, Alles.Split(' ')),
                     (4, Lezer, LezerGeheim, new[] { "voorstellen.lezen" }),
                 })
        {
            i.TryAdd($"Api:Clients:{n}:ClientId", id);
            i.TryAdd($"Api:Clients:{n}:ClientSecret", geheim);
            for (var s = 0; s < scopes.Length; s++) i.TryAdd($"Api:Clients:{n}:Scopes:{s}", scopes[s]);
        }
    }

    internal static string Uniek(string tekst) => $"{tekst} {Guid.NewGuid():N}"[..(tekst.Length + 9)];

    private Task<HttpClient> HttpAsync(string client = Systeem, string geheim = SysteemGeheim, string? scope = Alles) =>
        ApiTests.MetTokenAsync(_fabriek, client, geheim, scope);

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(status, tekst);
        return JsonDocument.Parse(tekst).RootElement;
    }

    private async Task<int> AfdelingAsync()
    {
        using var scope = _fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Afdelingen
            .Where(a => a.Naam == "Maatschappelijke Ontwikkeling").Select(a => a.Id).SingleAsync();
    }

    private Task<int> ConceptViaFormulierAsync(string steller, string onderwerp) => ConceptViaFormulierAsync(_route, steller, onderwerp);

    internal static async Task<int> ConceptViaFormulierAsync(Route route, string steller, string onderwerp)
    {
        var antwoord = await (await route.AlsAsync(steller)).VerstuurAsync("/Voorstellen/Bewerken",
            new() { ["Invoer.Onderwerp"] = onderwerp }, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        return int.Parse(antwoord.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last());
    }

    internal static async Task<List<JsonElement>> AlleAsync(HttpClient http, string url)
    {
        var alle = new List<JsonElement>();
        string? volgende = url;
        for (var i = 0; volgende is not null && i < 50; i++)
        {
            var pagina = await JsonAsync(await http.GetAsync(volgende), HttpStatusCode.OK);
            alle.AddRange(pagina.GetProperty("results").EnumerateArray());
            volgende = pagina.GetProperty("next").GetString();
        }
        volgende.ShouldBeNull();
        return alle;
    }

    private static object Nieuw(string steller, string onderwerp, int afdeling) =>
        new { steller, onderwerp, afdeling, aanleiding = "Vanuit het project", dictum = new[] { "Instemmen met de aanpak." } };

    [Fact]
    public async Task Elke_scope_opent_alleen_zijn_eigen_endpoints_en_de_rest_is_403_insufficient_scope()
    {
        var woo = await HttpAsync(ApiTests.Client, ApiTests.Geheim, "besluiten.lezen");
        foreach (var (methode, pad, scope) in new[]
                 {
                     ("GET", "/api/v1/voorstellen", "voorstellen.lezen"), ("GET", "/api/v1/voorstellen/1", "voorstellen.lezen"),
                     ("GET", "/api/v1/vergaderingen", "vergaderingen.lezen"), ("GET", "/api/v1/vergaderingen/1", "vergaderingen.lezen"),
                     ("POST", "/api/v1/voorstellen", "voorstellen.schrijven"),
                 })
        {
            var verzoek = new HttpRequestMessage(new HttpMethod(methode), pad);
            if (methode == "POST") verzoek.Content = JsonContent.Create(new { });
            var antwoord = await woo.SendAsync(verzoek);
            var json = await JsonAsync(antwoord, HttpStatusCode.Forbidden);
            antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            json.GetProperty("detail").GetString()!.ShouldContain(scope);
            antwoord.Headers.WwwAuthenticate.ToString().ShouldBe($"Bearer error=\"insufficient_scope\", scope=\"{scope}\"");
        }
        (await woo.GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A client with voorstellen.lezen reads proposals, but writes none, reads no meetings and no besluiten.
        var lezer = await HttpAsync(Lezer, LezerGeheim, "voorstellen.lezen");
        (await lezer.GetAsync("/api/v1/voorstellen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lezer.PostAsJsonAsync("/api/v1/voorstellen", Nieuw("steller", "Mag niet", await AfdelingAsync()))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await lezer.GetAsync("/api/v1/vergaderingen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lezer.GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // ...and cannot ask for a scope it was not given.
        (await ApiTests.VraagTokenAsync(_fabriek.Klant().Http, Lezer, LezerGeheim, "voorstellen.schrijven")).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);

        var systeem = await HttpAsync();
        (await systeem.GetAsync("/api/v1/voorstellen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await systeem.GetAsync("/api/v1/vergaderingen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await systeem.PostAsJsonAsync("/api/v1/voorstellen", Nieuw("steller", Uniek("Scope schrijven"), await AfdelingAsync())))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Een_systeem_ziet_ingediende_voorstellen_met_stap_houder_en_tijdlijn_maar_nooit_een_concept_van_een_steller()
    {
        var concept = await ConceptViaFormulierAsync("steller", Uniek("Concept van de steller"));
        var velden = Route.VolledigVoorstel(Uniek("Ingediend voor de API"));
        velden["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee);
        var ingediend = await _route.IndienenAsync("steller", velden);
        var v = await _route.LaadAsync(ingediend);

        var http = await HttpAsync();
        var ids = (await AlleAsync(http, "/api/v1/voorstellen?paginagrootte=100")).Select(x => x.GetProperty("id").GetInt32()).ToList();
        ids.ShouldContain(ingediend);
        ids.ShouldNotContain(concept);
        (await http.GetAsync($"/api/v1/voorstellen/{concept}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var json = await JsonAsync(await http.GetAsync($"/api/v1/voorstellen/{v.Registratienummer}"), HttpStatusCode.OK);
        json.GetProperty("id").GetInt32().ShouldBe(ingediend);
        json.GetProperty("concept").GetBoolean().ShouldBeFalse();
        json.GetProperty("status").GetString().ShouldBe(v.Status);
        json.GetProperty("stap").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("openbaarheid").GetString().ShouldBe("nee");
        var taak = json.GetProperty("openTaken").EnumerateArray().Single();
        taak.GetProperty("houder").GetString().ShouldBe(v.Taken.Single(t => t.IsOpen).HouderNaam);
        json.GetProperty("geplandeVergaderingen").GetProperty("college").GetString().ShouldBe(Route.Datum(20));
        var tijdlijn = json.GetProperty("tijdlijn").EnumerateArray().ToList();
        tijdlijn.Count.ShouldBe(v.Gebeurtenissen.Count);
        tijdlijn.Select(g => g.GetProperty("door").GetString()).ShouldContain("R.B.M. Janzen");
        tijdlijn.ShouldContain(g => g.GetProperty("naarStatus").GetString() == v.Status);
        json.GetProperty("url").GetString().ShouldEndWith($"/api/v1/voorstellen/{ingediend}");
    }

    [Fact]
    public async Task Een_concept_via_de_api_staat_bij_de_steller_en_alleen_de_client_die_het_aanmaakte_ziet_het()
    {
        var onderwerp = Uniek("Concept uit het project");
        var http = await HttpAsync();
        var antwoord = await http.PostAsJsonAsync("/api/v1/voorstellen", Nieuw("steller2@gemeente.example", onderwerp, await AfdelingAsync()));
        var json = await JsonAsync(antwoord, HttpStatusCode.Created);
        var id = json.GetProperty("id").GetInt32();
        antwoord.Headers.Location!.ToString().ShouldEndWith($"/api/v1/voorstellen/{id}");
        json.GetProperty("concept").GetBoolean().ShouldBeTrue();
        json.GetProperty("steller").GetString().ShouldBe("S. de Wit");

        var v = await _route.LaadAsync(id);
        v.Onderwerp.ShouldBe(onderwerp);
        v.Registratienummer.ShouldBeNull();
        v.Aanleiding.ShouldBe("Vanuit het project");
        v.Dictum.Select(d => d.Tekst).ShouldBe(["Instemmen met de aanpak."]);
        // In the steller's Mijn voorstellen, and nobody else's.
        (await (await _route.AlsAsync("steller2")).PaginaAsync("/Voorstellen")).Body!.TextContent.ShouldContain(onderwerp);
        (await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen")).Body!.TextContent.ShouldNotContain(onderwerp);

        (await http.GetAsync(antwoord.Headers.Location!.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AlleAsync(http, "/api/v1/voorstellen?paginagrootte=100")).Select(x => x.GetProperty("id").GetInt32()).ShouldContain(id);
        var ander = await HttpAsync(AnderSysteem, AnderGeheim);
        (await ander.GetAsync($"/api/v1/voorstellen/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AlleAsync(ander, "/api/v1/voorstellen?paginagrootte=100")).Select(x => x.GetProperty("id").GetInt32()).ShouldNotContain(id);
    }

    [Fact]
    public async Task Ongeldige_invoer_is_400_met_een_Nederlandse_melding_per_veld_en_maakt_geen_voorstel()
    {
        var http = await HttpAsync();
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var voor = await db.Voorstellen.CountAsync();

        var antwoord = await http.PostAsJsonAsync("/api/v1/voorstellen",
            new { steller = "afdelingshoofd", onderwerp = " ", afdeling = 999999, project = 999999, programma = new string('x', 1000) });
        var json = await JsonAsync(antwoord, HttpStatusCode.BadRequest);
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var fouten = json.GetProperty("errors");
        fouten.GetProperty("steller")[0].GetString().ShouldBe("M. Verbeek is geen (actieve) steller en kan geen voorstel opstellen.");
        fouten.GetProperty("onderwerp")[0].GetString().ShouldBe("Vul het onderwerp in.");
        fouten.GetProperty("afdeling")[0].GetString().ShouldBe("Er is geen afdeling met id 999999.");
        fouten.GetProperty("project")[0].GetString().ShouldBe("Er is geen project met id 999999.");
        fouten.GetProperty("programma")[0].GetString()!.ShouldContain("tekens");

        var onbekend = await JsonAsync(await http.PostAsJsonAsync("/api/v1/voorstellen", new { steller = "niemand@nergens.example" }),
            HttpStatusCode.BadRequest);
        onbekend.GetProperty("errors").GetProperty("steller")[0].GetString().ShouldBe("Er is geen gebruiker 'niemand@nergens.example'.");
        onbekend.GetProperty("errors").GetProperty("afdeling")[0].GetString()!.ShouldStartWith("Vul de afdeling in");
        // A body that is no JSON at all: a Dutch problem, not the framework's bare 400.
        var geenJson = await http.PostAsync("/api/v1/voorstellen", new StringContent("{ onderwerp: ", System.Text.Encoding.UTF8, "application/json"));
        var probleem = await JsonAsync(geenJson, HttpStatusCode.BadRequest);
        geenJson.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        probleem.GetProperty("title").GetString().ShouldBe("Ongeldig verzoek");
        (await db.Voorstellen.CountAsync()).ShouldBe(voor);
    }

    [Fact]
    public async Task Hetzelfde_verzoek_met_dezelfde_Idempotency_Key_geeft_hetzelfde_voorstel_en_geen_tweede()
    {
        var onderwerp = Uniek("Idempotent concept");
        var sleutel = Guid.NewGuid().ToString();
        var afdeling = await AfdelingAsync();
        async Task<HttpResponseMessage> PostAsync(HttpClient http, string s)
        {
            var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/voorstellen") { Content = JsonContent.Create(Nieuw("steller", onderwerp, afdeling)) };
            verzoek.Headers.Add("Idempotency-Key", s);
            return await http.SendAsync(verzoek);
        }
        var http = await HttpAsync();
        var eerste = await PostAsync(http, sleutel);
        var tweede = await PostAsync(http, sleutel);
        eerste.StatusCode.ShouldBe(HttpStatusCode.Created, await eerste.Content.ReadAsStringAsync());
        tweede.StatusCode.ShouldBe(HttpStatusCode.Created, await tweede.Content.ReadAsStringAsync());
        tweede.Headers.Location.ShouldBe(eerste.Headers.Location);

        // Another client with the same key makes its own; a new key makes a new one.
        var ander = await PostAsync(await HttpAsync(AnderSysteem, AnderGeheim), sleutel);
        ander.StatusCode.ShouldBe(HttpStatusCode.Created);
        ander.Headers.Location.ShouldNotBe(eerste.Headers.Location);
        var nieuw = await PostAsync(http, Guid.NewGuid().ToString());
        nieuw.Headers.Location.ShouldNotBe(eerste.Headers.Location);

        using var scope = _fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync(v => v.Onderwerp == onderwerp)).ShouldBe(3);
    }

    [Fact]
    public async Task Filters_op_status_en_afdeling_pagineren_en_de_ETag_gelden_voor_de_lijst()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(Uniek("Filter voorstellen")));
        var status = (await _route.LaadAsync(id)).Status;
        var http = await HttpAsync();
        var afdeling = await AfdelingAsync();

        var opStatus = await AlleAsync(http, $"/api/v1/voorstellen?status={status}&afdeling={afdeling}&paginagrootte=100");
        opStatus.ShouldAllBe(v => v.GetProperty("status").GetString() == status && v.GetProperty("afdelingId").GetInt32() == afdeling);
        opStatus.Select(v => v.GetProperty("id").GetInt32()).ShouldContain(id);
        var later = _fabriek.Klok.GetUtcNow().AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        (await AlleAsync(http, $"/api/v1/voorstellen?gewijzigdSinds={later}")).ShouldBeEmpty();
        var een = await JsonAsync(await http.GetAsync("/api/v1/voorstellen?paginagrootte=1"), HttpStatusCode.OK);
        een.GetProperty("results").GetArrayLength().ShouldBe(1);
        een.GetProperty("next").GetString()!.ShouldContain("pagina=2");

        var fout = await JsonAsync(await http.GetAsync("/api/v1/voorstellen?status=Onbekend&project=x&gewijzigdSinds=gisteren"),
            HttpStatusCode.BadRequest);
        fout.GetProperty("errors").GetProperty("status")[0].GetString()!.ShouldStartWith("Status is een van:");
        fout.GetProperty("errors").GetProperty("project")[0].GetString()!.ShouldContain("geheel getal");
        fout.GetProperty("errors").GetProperty("gewijzigdSinds")[0].GetString()!.ShouldContain("tijdstip");

        var eerste = await http.GetAsync($"/api/v1/voorstellen/{id}");
        var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/voorstellen/{id}");
        verzoek.Headers.IfNoneMatch.Add(eerste.Headers.ETag!);
        (await http.SendAsync(verzoek)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    /// <summary>
    /// How ApiAanroeper tells a user's token from a system's, on the real database: a user's sees exactly what
    /// Voorstel.MagZien lets that user see. Through the real authorization code flow: GebruikerstokenTests.
    /// </summary>
    [Fact]
    public async Task Namens_een_gebruiker_ziet_de_api_precies_wat_de_gebruiker_in_de_applicatie_ziet()
    {
        // Not steller2: that is steller's registered deputy and rightly sees steller's drafts.
        var eigen = await ConceptViaFormulierAsync("projectleider", Uniek("Eigen concept projectleider"));
        var vanAnder = await ConceptViaFormulierAsync("steller", Uniek("Concept van een ander"));
        var velden = Route.VolledigVoorstel(Uniek("Niet openbaar ingediend"));
        velden["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee);
        var nietOpenbaar = await _route.IndienenAsync("steller", velden);
        var openbaar = await _route.IndienenAsync("steller", Route.VolledigVoorstel(Uniek("Openbaar ingediend")));

        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var gebruiker = await db.Users.Where(u => u.UserName == "projectleider").Select(u => u.Id).SingleAsync();
        var token = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(Claims.Subject, gebruiker), new Claim(Claims.ClientId, "interactieve-app")], "Bearer"));
        var aanroeper = await ApiAanroeper.VanAsync(db, token);
        aanroeper.ClientId.ShouldBeNull();
        aanroeper.Actor.Id.ShouldBe(gebruiker);

        var vandaag = _fabriek.Klok.Vandaag;
        var zichtbaar = (await VoorstellenApi.ZichtbaarAsync(db, db.Voorstellen, aanroeper, vandaag)).Select(v => v.Id).ToHashSet();
        zichtbaar.ShouldContain(eigen);
        zichtbaar.ShouldContain(openbaar);
        zichtbaar.ShouldNotContain(vanAnder);
        zichtbaar.ShouldNotContain(nietOpenbaar);
        // The same rule as the UI's, for every proposal in the database.
        var alle = await db.Voorstellen.Include(v => v.Taken).AsNoTracking().ToListAsync();
        foreach (var v in alle) zichtbaar.Contains(v.Id).ShouldBe(v.MagZien(aanroeper.Actor, vandaag), $"voorstel {v.Id} {v.Onderwerp}");

        // A client-credentials token (its subject is the client) is the system: the submitted non-public one, no draft.
        var systeem = await ApiAanroeper.VanAsync(db, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(Claims.Subject, Lezer), new Claim(Claims.ClientId, Lezer)], "Bearer")));
        systeem.ClientId.ShouldBe(Lezer);
        var systeemZiet = (await VoorstellenApi.ZichtbaarAsync(db, db.Voorstellen, systeem, vandaag)).Select(v => v.Id).ToList();
        systeemZiet.ShouldContain(nietOpenbaar);
        systeemZiet.ShouldNotContain(eigen);
    }
}

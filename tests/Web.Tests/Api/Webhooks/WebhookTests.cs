using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Besluitvorming.Web.Api.Webhooks;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Openbaar;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Api.Webhooks;

/// <summary>
/// Outgoing notifications through real HTTP: a client subscribes at /api/v1/abonnementen, a change writes its
/// notification with the change, and the test drives the dispatcher (no background loop, no sleeps) to a real
/// receiver. On SQLite here and on PostgreSQL in <see cref="Postgres.PostgresWebhookTests"/>.
/// </summary>
public class WebhookTests : IClassFixture<BesluitvormingFabriek>
{
    public const string ClientA = "melder-a";
    public const string ClientB = "melder-b";
    private const string Geheim = "melder-geheim";

    protected readonly BesluitvormingFabriek Fabriek;
    protected readonly Route _route;

    public WebhookTests(BesluitvormingFabriek fabriek)
    {
        Fabriek = fabriek;
        _route = new Route(fabriek);
        ApiTests.ZetClients(fabriek);
        var i = fabriek.ExtraInstellingen;
        i.TryAdd("Api:Clients:2:ClientId", ClientA);
        i.TryAdd("Api:Clients:2:ClientSecret", Geheim);
        i.TryAdd("Api:Clients:2:Scopes:0", "notificaties");
        i.TryAdd("Api:Clients:2:Scopes:1", "besluiten.lezen");
        i.TryAdd("Api:Clients:3:ClientId", ClientB);
        i.TryAdd("Api:Clients:3:ClientSecret", Geheim);
        i.TryAdd("Api:Clients:3:Scopes:0", "notificaties");
        // The test drives every round itself; a receiver that does not answer is given up on soon.
        i.TryAdd("Webhooks:VerzendenOpAchtergrond", "false");
        i.TryAdd("Webhooks:Timeout", "00:00:02");
    }

    protected static string Uniek(string tekst) => $"{tekst} {Guid.NewGuid():N}"[..(tekst.Length + 9)];

    protected async Task<HttpClient> AlsAsync(string client, string scope = "notificaties")
    {
        var http = Fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await ApiTests.TokenAsync(Fabriek.Klant().Http, client, client == ApiTests.Client ? ApiTests.Geheim : Geheim, scope));
        return http;
    }

    protected sealed record Abonnement(long Id, string Url, string Geheim);

    protected static async Task<Abonnement> AbonneerAsync(HttpClient http, string kanaal, Uri callback)
    {
        var antwoord = await http.PostAsJsonAsync("/api/v1/abonnementen", new { kanaal, callbackUrl = callback.ToString() });
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Created, tekst);
        var json = JsonDocument.Parse(tekst).RootElement;
        antwoord.Headers.Location!.ToString().ShouldBe(json.GetProperty("url").GetString());
        return new Abonnement(json.GetProperty("id").GetInt64(), json.GetProperty("url").GetString()!, json.GetProperty("geheim").GetString()!);
    }

    /// <summary>
    /// Puts the clock back where it was when the test is done: the tests of a class share their app, and a later test
    /// plans meetings from today.
    /// </summary>
    protected IDisposable KlokTerugNaAfloop() => new KlokTerug(Fabriek.Klok);

    private sealed class KlokTerug(Mail.VerstelbareKlok klok) : IDisposable
    {
        private readonly TimeSpan _verschuiving = klok.Verschuiving;

        public void Dispose() => klok.Verschuiving = _verschuiving;
    }

    /// <summary>Runs dispatcher rounds until one does nothing, and adds up what they did.</summary>
    protected async Task<Bezorgronde> BezorgAsync()
    {
        var dispatcher = Fabriek.Services.GetRequiredService<WebhookDispatcher>();
        var totaal = Bezorgronde.Leeg;
        for (var i = 0; i < 50; i++)
        {
            var ronde = await dispatcher.RondeAsync();
            totaal += ronde;
            if (!ronde.DeedIets) return totaal;
        }
        throw new InvalidOperationException("Na 50 rondes waren er nog steeds notificaties te bezorgen.");
    }

    /// <summary>The messages about one proposal, parsed.</summary>
    protected static List<(Ontvanger.Bericht Bericht, JsonElement Json)> Over(Ontvanger ontvanger, string identificatie) =>
        ontvanger.Berichten.Select(b => (b, JsonDocument.Parse(b.Inhoud).RootElement))
            .Where(x => x.Item2.GetProperty("voorstel").GetProperty("identificatie").GetString() == identificatie).ToList();

    /// <summary>Checks the signature as a receiver would: HMAC-SHA256 of "t.body" with the secret, in hex.</summary>
    private static void ControleerHandtekening(Ontvanger.Bericht bericht, string geheim)
    {
        var delen = bericht.Handtekening!.Split(',').Select(d => d.Split('=', 2)).ToDictionary(d => d[0], d => d[1]);
        long.Parse(delen["t"], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var verwacht = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim),
            Encoding.UTF8.GetBytes($"{delen["t"]}.{bericht.Inhoud}")));
        delen["v1"].ShouldBe(verwacht);
    }

    [Fact]
    public async Task Een_genomen_besluit_geeft_precies_een_ondertekende_notificatie_met_alleen_kenmerken_bij_een_niet_openbaar_voorstel()
    {
        using var klok = KlokTerugNaAfloop();
        await using var ontvanger = new Ontvanger();
        await ontvanger.StartAsync();
        var abonnement = await AbonneerAsync(await AlsAsync(ClientA), Kanalen.BesluitGenomen, ontvanger.Adres);
        var onderwerp = Uniek("Geheime grondaankoop");
        var id = await Besluiten.BeslisAsync(Fabriek, onderwerp, Openbaarheid.Nee);
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;

        await BezorgAsync();
        var berichten = Over(ontvanger, nummer);
        berichten.Count.ShouldBe(1);
        var (bericht, json) = berichten[0];
        ControleerHandtekening(bericht, abonnement.Geheim);
        json.GetProperty("kanaal").GetString().ShouldBe("besluit-genomen");
        bericht.GebeurtenisId.ShouldBe(json.GetProperty("gebeurtenisId").GetString());
        json.GetProperty("voorstel").GetProperty("openbaar").GetBoolean().ShouldBeFalse();
        json.GetProperty("besluit").GetProperty("identificatie").GetString().ShouldBe(nummer);
        json.GetProperty("besluit").TryGetProperty("url", out _).ShouldBeFalse("een niet-openbaar besluit heeft geen adres in de API");
        DateTime.Parse(json.GetProperty("tijdstip").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            .ShouldBe(Fabriek.Klok.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(5));
        bericht.Inhoud.ShouldNotContain(onderwerp[..10]);
        bericht.Inhoud.ShouldNotContain("college besluit");

        // A 2xx is never delivered again, however long the dispatcher keeps running.
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow().AddDays(3));
        (await BezorgAsync()).Bezorgd.ShouldBe(0);
        Over(ontvanger, nummer).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Een_stapwissel_geeft_voorstel_stap_veranderd_met_de_oude_en_nieuwe_stap()
    {
        await using var ontvanger = new Ontvanger();
        await ontvanger.StartAsync();
        var abonnement = await AbonneerAsync(await AlsAsync(ClientA), Kanalen.VoorstelStapVeranderd, ontvanger.Adres);
        var id = await Besluiten.IngediendAsync(Fabriek, Uniek("Speeltuin Oost"));
        var v = await _route.LaadAsync(id);

        await BezorgAsync();
        var berichten = Over(ontvanger, v.Registratienummer!);
        berichten.Count.ShouldBe(1);
        var stap = berichten[0].Json.GetProperty("stap");
        stap.GetProperty("van").GetString().ShouldBe("Concept");
        stap.GetProperty("naar").GetString().ShouldBe(v.Status);
        stap.GetProperty("titel").GetString().ShouldNotBeNullOrWhiteSpace();
        berichten[0].Json.GetProperty("kanaal").GetString().ShouldBe("voorstel-stap-veranderd");
        ControleerHandtekening(berichten[0].Bericht, abonnement.Geheim);
    }

    [Fact]
    public async Task Publicatie_na_de_uitsteldatum_geeft_besluit_gepubliceerd_met_het_adres_van_het_besluit_in_de_api()
    {
        using var klok = KlokTerugNaAfloop();
        await using var ontvanger = new Ontvanger();
        await ontvanger.StartAsync();
        var http = await AlsAsync(ClientA, "notificaties besluiten.lezen");
        await AbonneerAsync(http, Kanalen.BesluitGepubliceerd, ontvanger.Adres);
        var embargo = Fabriek.Klok.Vandaag.AddDays(2);
        var id = await Besluiten.BeslisAsync(Fabriek, Uniek("Verkoop grond West"), Openbaarheid.Uitgesteld, embargo);
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;
        await BezorgAsync();
        Over(ontvanger, nummer).ShouldBeEmpty("het besluit is nog niet openbaar");

        // The publication timer fires by itself once the clock reaches the first day after the embargo date.
        var sleutel = PublicatiePlanner.Sleutel(id);
        var eerder = Fabriek.Jobs.Aantal(sleutel);
        Fabriek.Klok.ZetOp(Fabriek.Services.GetRequiredService<PublicatiePlanner>().Moment(embargo.AddDays(1)));
        await Fabriek.Jobs.WachtOpAsync(sleutel, eerder + 1);
        (await _route.LaadAsync(id)).GepubliceerdOp.ShouldBe(embargo.AddDays(1));

        await BezorgAsync();
        var berichten = Over(ontvanger, nummer);
        berichten.Count.ShouldBe(1);
        var besluit = berichten[0].Json.GetProperty("besluit");
        besluit.GetProperty("publicatiedatum").GetString().ShouldBe(embargo.AddDays(1).ToString("yyyy-MM-dd"));
        var url = new Uri(besluit.GetProperty("url").GetString()!);
        url.AbsolutePath.ShouldBe($"/api/v1/besluiten/{nummer}");
        // The link leads to the besluit for a client that may read besluiten (a fresh token: the clock moved on).
        http = await AlsAsync(ClientA, "notificaties besluiten.lezen");
        (await http.GetAsync(url.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_ontvanger_die_eerst_onbereikbaar_is_en_dan_503_geeft_krijgt_de_notificatie_na_de_wachttijd_precies_een_keer()
    {
        using var klok = KlokTerugNaAfloop();
        var ontvanger = new Ontvanger();
        await using var _ = ontvanger;
        await AbonneerAsync(await AlsAsync(ClientA), Kanalen.BesluitGenomen, ontvanger.Adres);
        var id = await Besluiten.BeslisAsync(Fabriek, Uniek("Zwembad Zuid"), Openbaarheid.Ja);
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;
        var opties = Fabriek.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value;

        // Down: nothing listens on the port.
        var ronde = await BezorgAsync();
        ronde.Mislukt.ShouldBeGreaterThanOrEqualTo(1);
        ontvanger.Berichten.ShouldBeEmpty();

        // Up, but answering 503: not tried before the back-off has passed; then a failure, tried again after twice the wait.
        ontvanger.Antwoord = 503;
        await ontvanger.StartAsync();
        await BezorgAsync();
        ontvanger.Berichten.ShouldBeEmpty("de wachttijd na de eerste poging is nog niet voorbij");
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow() + opties.EersteWachttijd);
        await BezorgAsync();
        Over(ontvanger, nummer).Select(b => b.Bericht.Antwoord).ShouldBe([503]);
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow() + opties.EersteWachttijd);
        await BezorgAsync();
        Over(ontvanger, nummer).Count.ShouldBe(1, "de tweede wachttijd is twee keer zo lang");

        ontvanger.Antwoord = 200;
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow() + opties.EersteWachttijd);
        await BezorgAsync();
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow().AddDays(2));
        await BezorgAsync();
        var berichten = Over(ontvanger, nummer);
        berichten.Select(b => b.Bericht.Antwoord).ShouldBe([503, 200]);
        berichten.Select(b => b.Bericht.GebeurtenisId).Distinct().Count().ShouldBe(1, "een nieuwe poging draagt dezelfde gebeurtenis-id");
        berichten[1].Json.GetProperty("besluit").GetProperty("url").GetString()!.ShouldEndWith($"/api/v1/besluiten/{nummer}");
    }

    [Fact]
    public async Task Twee_dispatchers_tegelijk_bezorgen_elke_notificatie_een_keer()
    {
        await using var ontvanger = new Ontvanger();
        await ontvanger.StartAsync();
        await AbonneerAsync(await AlsAsync(ClientB), Kanalen.VoorstelStapVeranderd, ontvanger.Adres);
        var nummers = new List<string>();
        for (var i = 0; i < 3; i++)
            nummers.Add((await _route.LaadAsync(await Besluiten.IngediendAsync(Fabriek, Uniek("Gelijktijdig")))).Registratienummer!);
        var dispatcher = Fabriek.Services.GetRequiredService<WebhookDispatcher>();
        while ((await dispatcher.WaaierUitAsync(CancellationToken.None)).Notificaties > 0) { }

        // Two rounds at once, and both have read the same due deliveries before either claims one.
        var samenkomst = Fabriek.Gelijktijdig.BijCommando(2, sql => sql.Contains("UPDATE") && sql.Contains("Bezorgingen") && sql.Contains("VolgendePogingOp"));
        var rondes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => dispatcher.RondeAsync())));
        samenkomst.Samen.ShouldBeTrue();
        rondes.Sum(r => r.EldersGeclaimd).ShouldBeGreaterThan(0, "de ene ronde sloeg over wat de andere al had");
        await BezorgAsync();
        foreach (var nummer in nummers) Over(ontvanger, nummer).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Een_abonnement_van_client_A_is_voor_client_B_onzichtbaar()
    {
        var a = await AlsAsync(ClientA);
        var b = await AlsAsync(ClientB);
        var abonnement = await AbonneerAsync(a, Kanalen.BesluitGenomen, new Uri("https://ontvanger.gemeente.example/a"));

        var lijstB = await b.GetStringAsync("/api/v1/abonnementen");
        JsonDocument.Parse(lijstB).RootElement.EnumerateArray().Select(x => x.GetProperty("id").GetInt64()).ShouldNotContain(abonnement.Id);
        (await b.GetAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.DeleteAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var eigen = JsonDocument.Parse(await a.GetStringAsync("/api/v1/abonnementen")).RootElement.EnumerateArray().ToList();
        var rij = eigen.Single(x => x.GetProperty("id").GetInt64() == abonnement.Id);
        rij.TryGetProperty("geheim", out _).ShouldBeFalse("het geheim staat alleen in het antwoord op de POST");
        (await a.GetAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.DeleteAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        a = await AlsAsync(ClientA);
        (await a.GetAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("niet-een-adres", "geen volledig adres")]
    [InlineData("http://ontvanger.gemeente.example/notificaties", "https://")]
    [InlineData("ftp://ontvanger.gemeente.example/x", "geen volledig adres")]
    [InlineData("https://gebruiker:wachtwoord@ontvanger.gemeente.example/x", "gebruikersnaam")]
    [InlineData("", "Vul de callbackUrl in")]
    public async Task Een_ongeldige_callback_url_is_400_met_een_Nederlandse_melding_bij_het_veld(string url, string melding)
    {
        var antwoord = await (await AlsAsync(ClientA)).PostAsJsonAsync("/api/v1/abonnementen", new { kanaal = Kanalen.BesluitGenomen, callbackUrl = url });
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest, tekst);
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var fouten = JsonDocument.Parse(tekst).RootElement.GetProperty("errors");
        fouten.GetProperty("callbackUrl")[0].GetString()!.ShouldContain(melding);
        fouten.TryGetProperty("kanaal", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Een_onbekend_kanaal_of_geen_json_is_400_en_zonder_scope_notificaties_is_het_403()
    {
        var http = await AlsAsync(ClientA);
        var antwoord = await http.PostAsJsonAsync("/api/v1/abonnementen", new { kanaal = "alles", callbackUrl = "https://ontvanger.gemeente.example/x" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("kanaal")[0]
            .GetString()!.ShouldContain("besluit-genomen");
        var kapot = await http.PostAsync("/api/v1/abonnementen", new StringContent("{kanaal", Encoding.UTF8, "application/json"));
        kapot.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await kapot.Content.ReadAsStringAsync()).ShouldContain("JSON-object");

        var zonder = await (await AlsAsync(ApiTests.Client, "besluiten.lezen")).GetAsync("/api/v1/abonnementen");
        zonder.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zonder.Content.ReadAsStringAsync()).ShouldContain("notificaties");
        (await Fabriek.Klant().Http.GetAsync("/api/v1/abonnementen")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Na_de_laatste_poging_ziet_de_beheerder_de_mislukte_bezorging_en_heft_hij_het_abonnement_op()
    {
        using var klok = KlokTerugNaAfloop();
        await using var ontvanger = new Ontvanger { Antwoord = 500 };
        await ontvanger.StartAsync();
        var a = await AlsAsync(ClientA);
        var abonnement = await AbonneerAsync(a, Kanalen.BesluitGenomen, ontvanger.Adres);
        var id = await Besluiten.BeslisAsync(Fabriek, Uniek("Begraafplaats"), Openbaarheid.Ja);
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;
        var opties = Fabriek.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value;
        await BezorgAsync();
        for (var i = 1; i < opties.MaxPogingen + 2; i++)
        {
            Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow() + opties.MaxWachttijd);
            await BezorgAsync();
        }
        Over(ontvanger, nummer).Count.ShouldBe(opties.MaxPogingen, "na de laatste poging wordt het opgegeven");

        (await (await _route.AlsAsync("steller")).Http.GetAsync("/Beheer/Api/Abonnementen")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var beheerder = await _route.AlsAsync("beheerder");
        var pagina = await beheerder.PaginaAsync("/Beheer/Api/Abonnementen");
        var rij = pagina.QuerySelector($"[data-lijst='mislukt'] tr[data-abonnement-id='{abonnement.Id}']")!;
        rij.QuerySelector($"a[href='/Voorstellen/{id}']").ShouldNotBeNull();
        rij.QuerySelector("[data-status]")!.TextContent.ShouldBe("Mislukt");
        rij.QuerySelector("[data-fout]")!.TextContent.ShouldContain("500");
        pagina.QuerySelector($"tr[data-abonnement='{abonnement.Id}']")!.TextContent.ShouldContain(ClientA);

        var antwoord = await beheerder.VerstuurAsync("/Beheer/Api/Abonnementen", [],
            formulierSelector: $"tr[data-abonnement='{abonnement.Id}'] form[action*='handler=Opheffen']");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await beheerder.PaginaAsync("/Beheer/Api/Abonnementen")).QuerySelector($"tr[data-abonnement='{abonnement.Id}'] [data-opgeheven]")
            .ShouldNotBeNull();
        a = await AlsAsync(ClientA);
        (await a.GetAsync($"/api/v1/abonnementen/{abonnement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Het_OpenAPI_document_beschrijft_de_abonnementen_met_scope_notificaties()
    {
        var tekst = await Fabriek.Klant().Http.GetStringAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(tekst).RootElement;
        var paden = document.GetProperty("paths");
        foreach (var (pad, methode) in new[] { ("/api/v1/abonnementen", "get"), ("/api/v1/abonnementen", "post"),
                     ("/api/v1/abonnementen/{id}", "get"), ("/api/v1/abonnementen/{id}", "delete") })
            paden.GetProperty(pad).GetProperty(methode).GetProperty("security")[0].GetProperty("oauth2")[0].GetString().ShouldBe("notificaties");
        paden.GetProperty("/api/v1/besluiten").GetProperty("get").GetProperty("security")[0].GetProperty("oauth2")[0].GetString()
            .ShouldBe("besluiten.lezen", "elke operatie noemt haar eigen scope");
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2").GetProperty("flows")
            .GetProperty("clientCredentials").GetProperty("scopes").TryGetProperty("notificaties", out _).ShouldBeTrue();
        paden.GetProperty("/api/v1/abonnementen").GetProperty("post").GetProperty("description").GetString()!.ShouldContain("Besluitvorming-Handtekening");
    }

    [Fact]
    public async Task Een_ontvanger_die_niet_antwoordt_geldt_na_de_time_out_als_mislukt_en_krijgt_de_notificatie_later_opnieuw()
    {
        using var klok = KlokTerugNaAfloop();
        await using var ontvanger = new Ontvanger { Hangt = true };
        await ontvanger.StartAsync();
        var abonnement = await AbonneerAsync(await AlsAsync(ClientA), Kanalen.BesluitGenomen, ontvanger.Adres);
        var id = await Besluiten.BeslisAsync(Fabriek, Uniek("Sporthal Noord"), Openbaarheid.Ja);
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;
        var opties = Fabriek.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value;

        await BezorgAsync();
        Over(ontvanger, nummer).Select(b => b.Bericht.Antwoord).ShouldBe([0], "de ontvanger kreeg het verzoek maar antwoordde niet");
        using (var scope = Fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>();
            var bezorging = db.Bezorgingen.Single(b => b.AbonnementId == abonnement.Id);
            (bezorging.Status, bezorging.Pogingen).ShouldBe((BezorgStatus.Wachtend, 1));
            bezorging.LaatsteFout.ShouldBe($"Geen antwoord binnen {opties.Timeout.TotalSeconds:0.#} seconden.");
        }

        ontvanger.Hangt = false;
        Fabriek.Klok.ZetOp(Fabriek.Klok.GetUtcNow() + opties.EersteWachttijd);
        await BezorgAsync();
        Over(ontvanger, nummer).Select(b => b.Bericht.Antwoord).ShouldBe([0, 204]);
    }
}

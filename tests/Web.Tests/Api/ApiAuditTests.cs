using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// The API's audit log: a row for every token issued and every write, with client, subject and correlation id but
/// never a token or secret; readable on /Beheer/Api/Auditlog by the beheerder only.
/// </summary>
public class ApiAuditTests : IClassFixture<BesluitvormingFabriek>
{
    private const string Pagina = "/Beheer/Api/Auditlog";
    private readonly BesluitvormingFabriek _fabriek;
    private readonly Route _route;

    public ApiAuditTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _route = new Route(fabriek);
        ApiVoorstellenTests.ZetClients(fabriek);
    }

    private async Task<List<ApiAuditregel>> RegelsAsync(string client)
    {
        using var scope = _fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().ApiAuditregels.AsNoTracking()
            .Where(r => r.ClientId == client).OrderBy(r => r.Id).ToListAsync();
    }

    private static IEnumerable<string?> Velden(ApiAuditregel r) =>
        [r.ClientId, r.Subject, r.GrantType, r.Tokens, r.Scopes, r.Methode, r.Pad, r.CorrelatieId];

    [Fact]
    public async Task Elk_uitgegeven_token_staat_in_de_auditlog_met_client_en_scopes_maar_zonder_token_of_geheim()
    {
        var voor = (await RegelsAsync(ApiVoorstellenTests.Lezer)).Count;
        var verzoek = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = ApiVoorstellenTests.Lezer,
                ["client_secret"] = ApiVoorstellenTests.LezerGeheim, ["scope"] = "voorstellen.lezen",
            }),
        };
        verzoek.Headers.Add("X-Correlation-ID", "audit-test-1");
        var antwoord = await _fabriek.Klant().Http.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        var token = JsonDocument.Parse(tekst).RootElement.GetProperty("access_token").GetString()!;
        // A refused request issues nothing and leaves no token row.
        (await ApiTests.VraagTokenAsync(_fabriek.Klant().Http, ApiVoorstellenTests.Lezer, "fout", "voorstellen.lezen")).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);

        var regels = await RegelsAsync(ApiVoorstellenTests.Lezer);
        regels.Count.ShouldBe(voor + 1);
        var regel = regels.Last();
        regel.Soort.ShouldBe(ApiAuditsoort.TokenUitgegeven);
        regel.GrantType.ShouldBe("client_credentials");
        regel.Tokens.ShouldBe("access_token");
        regel.Scopes.ShouldBe("voorstellen.lezen");
        regel.Subject.ShouldBe(ApiVoorstellenTests.Lezer);
        regel.CorrelatieId.ShouldBe("audit-test-1");
        regel.Tijdstip.ShouldBe(_fabriek.Klok.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
        foreach (var veld in Velden(regel))
        {
            (veld ?? "").ShouldNotContain(token[..20]);
            (veld ?? "").ShouldNotContain(ApiVoorstellenTests.LezerGeheim);
        }
    }

    [Fact]
    public async Task Een_schrijfactie_via_de_api_staat_in_de_auditlog_met_methode_pad_status_en_voorstel()
    {
        var http = await ApiTests.MetTokenAsync(_fabriek, ApiVoorstellenTests.Systeem, ApiVoorstellenTests.SysteemGeheim,
            "voorstellen.schrijven");
        var token = http.DefaultRequestHeaders.Authorization!.Parameter!;
        int afdeling;
        using (var scope = _fabriek.Services.CreateScope())
            afdeling = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Afdelingen.Select(a => a.Id).FirstAsync();

        var gemaakt = await http.PostAsJsonAsync("/api/v1/voorstellen", new { steller = "steller", onderwerp = "Audit: concept", afdeling });
        gemaakt.StatusCode.ShouldBe(HttpStatusCode.Created, await gemaakt.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await gemaakt.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        (await http.PostAsJsonAsync("/api/v1/voorstellen", new { steller = "steller" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.GetAsync($"/api/v1/voorstellen/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "het token heeft alleen schrijven");

        var schrijf = (await RegelsAsync(ApiVoorstellenTests.Systeem)).Where(r => r.Soort == ApiAuditsoort.ApiSchrijfactie).TakeLast(2).ToList();
        schrijf.Count.ShouldBe(2, "elke POST, ook een geweigerde, en geen GET");
        schrijf[0].Methode.ShouldBe("POST");
        schrijf[0].Pad.ShouldBe("/api/v1/voorstellen");
        schrijf[0].Status.ShouldBe(201);
        schrijf[0].VoorstelId.ShouldBe(id);
        schrijf[0].Subject.ShouldBe(ApiVoorstellenTests.Systeem);
        schrijf[0].CorrelatieId.ShouldNotBeNullOrWhiteSpace();
        schrijf[1].Status.ShouldBe(400);
        schrijf[1].VoorstelId.ShouldBeNull();
        foreach (var veld in schrijf.SelectMany(Velden)) (veld ?? "").ShouldNotContain(token[..20]);

        // The beheerder reads it on the page, filtered on this client and kind.
        var beheerder = await _route.AlsAsync("beheerder");
        var pagina = await beheerder.PaginaAsync($"{Pagina}?Client={ApiVoorstellenTests.Systeem}&Soort=ApiSchrijfactie");
        var rijen = pagina.QuerySelectorAll("[data-auditregel]").ToList();
        rijen.ShouldNotBeEmpty();
        rijen.ShouldAllBe(r => r.GetAttribute("data-auditregel") == "ApiSchrijfactie");
        rijen.ShouldAllBe(r => r.QuerySelector("[data-client]")!.TextContent == ApiVoorstellenTests.Systeem);
        rijen[0].QuerySelector("[data-wat]")!.TextContent.ShouldContain("POST /api/v1/voorstellen → 400", customMessage: "nieuwste eerst");
        rijen[1].QuerySelector("[data-wat]")!.TextContent.ShouldContain("→ 201");
        pagina.Body!.InnerHtml.ShouldNotContain(token[..20]);
        (await beheerder.PaginaAsync("/Beheer/Api")).QuerySelector("a[data-auditlog-link]")!.GetAttribute("href").ShouldBe(Pagina);
    }

    [Fact]
    public async Task Een_ongeldige_periode_staat_bij_het_veld_en_de_invoer_blijft_staan_zonder_serverfout()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var (antwoord, pagina) = await beheerder.GetAsync($"{Pagina}?Vanaf=gisteren&Tot=2026-01-01");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        pagina.QuerySelector("[data-valmsg-for='Vanaf']")!.TextContent.Trim().ShouldBe("Vul een datum in als dd-mm-jjjj.");
        pagina.QuerySelector("input[name='Vanaf']")!.GetAttribute("value").ShouldBe("gisteren");
        var (omgekeerd, tweede) = await beheerder.GetAsync($"{Pagina}?Vanaf=2026-02-01&Tot=2026-01-01");
        omgekeerd.StatusCode.ShouldBe(HttpStatusCode.OK);
        tweede.QuerySelector("[data-valmsg-for='Tot']")!.TextContent.Trim().ShouldBe("De einddatum ligt voor de begindatum.");
    }

    [Theory]
    [InlineData("steller")]
    [InlineData("secretariaat")]
    public async Task Wie_geen_beheerder_is_leest_de_auditlog_niet(string wie)
    {
        var antwoord = await (await _route.AlsAsync(wie)).Http.GetAsync(Pagina);
        (antwoord.StatusCode == HttpStatusCode.Forbidden
         || (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location!.AbsolutePath == "/Account/Geweigerd"))
            .ShouldBeTrue($"{antwoord.StatusCode} {antwoord.Headers.Location}");
        (await _fabriek.Klant().Http.GetAsync(Pagina)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "zonder aanmelding naar het inloggen");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>The API's rate limit counts per client (the token's client_id), not per address, and answers 429 as problem details.</summary>
public sealed class ApiRemTests : IClassFixture<BesluitvormingFabriek>
{
    private readonly BesluitvormingFabriek _fabriek;

    public ApiRemTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        ApiTests.ZetClients(fabriek);
        fabriek.ExtraInstellingen.TryAdd("Api:Clients:2:ClientId", "tweede-test");
        fabriek.ExtraInstellingen.TryAdd("Api:Clients:2:ClientSecret", "tweede-test-geheim");
        fabriek.ExtraInstellingen.TryAdd("Api:Clients:2:Scopes:0", "besluiten.lezen");
        // A window far longer than the test: no request can fall into a fresh one.
        fabriek.ExtraInstellingen.TryAdd("Api:Verzoeken", "3");
        fabriek.ExtraInstellingen.TryAdd("Api:Venster", "01:00:00");
    }

    private async Task<HttpClient> KlantAsync(string client, string geheim)
    {
        var http = _fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await ApiTests.TokenAsync(_fabriek.Klant().Http, client, geheim));
        return http;
    }

    [Fact]
    public async Task Een_client_boven_zijn_limiet_krijgt_429_als_problem_details_en_een_andere_client_niet()
    {
        var eerste = await KlantAsync(ApiTests.Client, ApiTests.Geheim);
        for (var i = 0; i < 3; i++)
            (await eerste.GetAsync("/api/v1/besluiten?paginagrootte=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var teVeel = await eerste.GetAsync("/api/v1/besluiten?paginagrootte=1");
        var tekst = await teVeel.Content.ReadAsStringAsync();
        teVeel.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, tekst);
        teVeel.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(tekst).RootElement.GetProperty("title").GetString().ShouldBe("Te veel verzoeken");
        teVeel.Headers.RetryAfter.ShouldNotBeNull();

        // Same address, another client: its own count.
        var tweede = await KlantAsync("tweede-test", "tweede-test-geheim");
        (await tweede.GetAsync("/api/v1/besluiten?paginagrootte=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

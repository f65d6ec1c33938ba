using System.Net;
using System.Text.Json;
using Besluitvorming.Web.Productie;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// On a real port the app loads its first page itself right after Kestrel listens, and /health/ready says ready only
/// once that page was answered: the first user's request no longer pays for the first pass through the pipeline.
/// </summary>
public sealed class OpwarmingTests
{
    [Fact]
    public async Task Gereed_meldt_pas_gereed_nadat_de_app_haar_eerste_pagina_zelf_heeft_geladen()
    {
        using var app = new BesluitvormingFabriek { VerzendenOpAchtergrond = false };
        app.StartOpEchtePoort();
        using var http = new HttpClient { BaseAddress = app.Basisadres };
        JsonElement rapport;
        var einde = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var antwoord = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            rapport = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
            var opwarming = rapport.GetProperty("onderdelen").GetProperty("opwarming");
            if (opwarming.GetProperty("status").GetString() != "Healthy")
                antwoord.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "niet opgewarmd is niet gereed");
            else if (antwoord.StatusCode == HttpStatusCode.OK) break;
            DateTime.UtcNow.ShouldBeLessThan(einde, rapport.ToString());
            await Task.Delay(20, TestContext.Current.CancellationToken); // poll until the warm-up is done, not a fixed wait
        }
        var gegevens = rapport.GetProperty("onderdelen").GetProperty("opwarming").GetProperty("gegevens");
        gegevens.GetProperty("pad").GetString().ShouldBe(Opwarming.Pad);
        gegevens.GetProperty("status").GetInt32().ShouldBe(200);
    }
}

using System.Net;
using System.Text.Json;
using Besluitvorming.Web.Productie;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

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
        var opwarming = app.Services.GetRequiredService<Opwarming>();

        // Before its first page was answered the check says not ready: an instance that has not warmed up yet (built
        // from the same services, not started) stands for that moment, which the real one may already have passed.
        var koud = new Opwarming(app.Services.GetRequiredService<IServer>(), NullLogger<Opwarming>.Instance);
        var registratie = new HealthCheckRegistration("opwarming", koud, HealthStatus.Unhealthy, null);
        var voor = await koud.CheckHealthAsync(new HealthCheckContext { Registration = registratie }, TestContext.Current.CancellationToken);
        voor.Status.ShouldBe(HealthStatus.Unhealthy);
        voor.Description.ShouldNotBeNull().ShouldContain("nog niet geladen");

        // Driven by the warm-up's own completion, not by polling: then /health/ready is ready and names the page.
        await opwarming.Opgewarmd.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = app.Basisadres };
        using var antwoord = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var rapport = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, rapport.ToString());
        var onderdeel = rapport.GetProperty("onderdelen").GetProperty("opwarming");
        onderdeel.GetProperty("status").GetString().ShouldBe("Healthy");
        onderdeel.GetProperty("gegevens").GetProperty("pad").GetString().ShouldBe(Opwarming.Pad);
        onderdeel.GetProperty("gegevens").GetProperty("status").GetInt32().ShouldBe(200);
    }
}

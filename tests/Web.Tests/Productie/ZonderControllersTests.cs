using System.Net;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// The app registers no MVC controller discovery (it has no controllers, and the discovery loads every type of the app
/// assembly at the first request: issue 12, P4). Pages, the API, the token endpoint and the OpenAPI document still route.
/// </summary>
public sealed class ZonderControllersTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    [Fact]
    public async Task Zonder_controllerzoeker_routeren_paginas_api_token_en_openapi()
    {
        var http = fabriek.CreateClient(new() { AllowAutoRedirect = false });
        var onderdelen = fabriek.Services.GetRequiredService<ApplicationPartManager>();
        onderdelen.FeatureProviders.OfType<ControllerFeatureProvider>().ShouldBeEmpty();
        var controllers = new ControllerFeature();
        onderdelen.PopulateFeature(controllers);
        controllers.Controllers.ShouldBeEmpty();
        var ct = TestContext.Current.CancellationToken;

        (await http.GetAsync("/Account/Inloggen", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/Overzicht", ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "een pagina achter inloggen stuurt door");
        (await http.GetAsync("/openapi/v1.json", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/api/v1/besluiten", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "bestaat-niet", ["client_secret"] = "x",
        }), ct);
        ((int)token.StatusCode).ShouldBeInRange(400, 401, "OpenIddict beantwoordt het tokenverzoek zelf");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// /api/v1/voorstellen with a token that acts for a user, got through the real authorization code flow with PKCE and
/// consent: the API shows that user exactly what the application shows them (Voorstel.MagZien), never another steller's
/// draft, and writes drafts only for that user.
/// </summary>
public sealed class GebruikerstokenTests : IClassFixture<BesluitvormingFabriek>
{
    private const string Scopes = "voorstellen.lezen voorstellen.schrijven";

    private readonly BesluitvormingFabriek _fabriek;
    private readonly Autorisatiecode _flow;
    private readonly Route _route;

    public GebruikerstokenTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _flow = new Autorisatiecode(fabriek);
        _route = new Route(fabriek);
        ApiTests.ZetClients(fabriek);
    }

    private async Task<HttpClient> NamensAsync(Autorisatiecode.Client client, string gebruikersnaam)
    {
        var tokens = await _flow.TokensAsync(client, gebruikersnaam, Scopes);
        var http = _fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Toegang);
        return http;
    }

    private Task<int> ConceptViaFormulierAsync(string steller, string onderwerp) =>
        ApiVoorstellenTests.ConceptViaFormulierAsync(_route, steller, onderwerp);

    private static Task<JsonElement> JsonAsync(HttpResponseMessage antwoord, HttpStatusCode status) =>
        ApiVoorstellenTests.JsonAsync(antwoord, status);

    private static async Task<HashSet<int>> IdsAsync(HttpClient http) =>
        (await ApiVoorstellenTests.AlleAsync(http, "/api/v1/voorstellen?paginagrootte=100")).Select(v => v.GetProperty("id").GetInt32()).ToHashSet();

    /// <summary>The proposals the application lets this user see: the domain's own rule over every proposal stored.</summary>
    private async Task<HashSet<int>> InDeApplicatieAsync(string gebruikersnaam)
    {
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var id = await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync();
        var actor = await ActorLader.LaadAsync(db, id);
        var vandaag = _fabriek.Klok.Vandaag;
        var alle = await db.Voorstellen.Include(v => v.Taken).AsNoTracking().ToListAsync();
        return alle.Where(v => v.MagZien(actor, vandaag)).Select(v => v.Id).ToHashSet();
    }

    [Fact]
    public async Task Een_gebruikerstoken_ziet_precies_de_voorstellen_die_die_gebruiker_in_de_applicatie_ziet()
    {
        var eigen = ApiVoorstellenTests.Uniek("Eigen concept van de steller");
        var eigenConcept = await ConceptViaFormulierAsync("steller", eigen);
        var vanAnder = await ConceptViaFormulierAsync("projectleider", ApiVoorstellenTests.Uniek("Concept van de projectleider"));
        var velden = Route.VolledigVoorstel(ApiVoorstellenTests.Uniek("Niet openbaar ingediend"));
        velden["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee);
        var nietOpenbaar = await _route.IndienenAsync("steller", velden);
        var openbaar = await _route.IndienenAsync("projectleider", Route.VolledigVoorstel(ApiVoorstellenTests.Uniek("Openbaar ingediend")));
        var client = await _flow.RegistreerAsync(scopes: Scopes);

        var steller = await NamensAsync(client, "steller");
        var stellerZiet = await IdsAsync(steller);
        stellerZiet.ShouldBe(await InDeApplicatieAsync("steller"), ignoreOrder: true);
        stellerZiet.ShouldContain(eigenConcept);
        stellerZiet.ShouldContain(nietOpenbaar);
        stellerZiet.ShouldContain(openbaar);
        stellerZiet.ShouldNotContain(vanAnder);
        // The same draft is on the steller's own overview in the application.
        (await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen")).Body!.TextContent.ShouldContain(eigen);

        var adviseur = await NamensAsync(client, "financien");
        var adviseurZiet = await IdsAsync(adviseur);
        adviseurZiet.ShouldBe(await InDeApplicatieAsync("financien"), ignoreOrder: true);
        adviseurZiet.ShouldContain(openbaar);
        adviseurZiet.ShouldNotContain(eigenConcept);
        adviseurZiet.ShouldNotContain(vanAnder);

        // Another steller's draft by id is 404, as if it did not exist; the own one is there.
        (await steller.GetAsync($"/api/v1/voorstellen/{vanAnder}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adviseur.GetAsync($"/api/v1/voorstellen/{eigenConcept}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var json = await JsonAsync(await steller.GetAsync($"/api/v1/voorstellen/{eigenConcept}"), HttpStatusCode.OK);
        json.GetProperty("concept").GetBoolean().ShouldBeTrue();
        json.GetProperty("onderwerp").GetString().ShouldBe(eigen);
    }

    [Fact]
    public async Task Een_gebruikerstoken_met_voorstellen_schrijven_maakt_alleen_een_concept_voor_die_gebruiker()
    {
        int afdeling;
        using (var scope = _fabriek.Services.CreateScope())
            afdeling = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Afdelingen
                .Where(a => a.Naam == "Maatschappelijke Ontwikkeling").Select(a => a.Id).SingleAsync();
        var client = await _flow.RegistreerAsync(scopes: Scopes);
        var steller = await NamensAsync(client, "steller");

        var onderwerp = ApiVoorstellenTests.Uniek("Concept namens de steller");
        var antwoord = await steller.PostAsJsonAsync("/api/v1/voorstellen", new { steller = "steller", onderwerp, afdeling });
        var json = await JsonAsync(antwoord, HttpStatusCode.Created);
        json.GetProperty("concept").GetBoolean().ShouldBeTrue();
        json.GetProperty("steller").GetString().ShouldBe("R.B.M. Janzen");
        var id = json.GetProperty("id").GetInt32();
        (await _route.LaadAsync(id)).Onderwerp.ShouldBe(onderwerp);
        (await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen")).Body!.TextContent.ShouldContain(onderwerp);

        // For someone else, even the deputy who may see the steller's drafts: refused per field, nothing made.
        var anderOnderwerp = ApiVoorstellenTests.Uniek("Concept voor een ander");
        var fout = await JsonAsync(await steller.PostAsJsonAsync("/api/v1/voorstellen",
            new { steller = "steller2@gemeente.example", onderwerp = anderOnderwerp, afdeling }), HttpStatusCode.BadRequest);
        fout.GetProperty("errors").GetProperty("steller")[0].GetString()
            .ShouldBe("Met een token namens een gebruiker maakt u alleen een concept voor uzelf.");
        using (var scope = _fabriek.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen
                .CountAsync(v => v.Onderwerp == anderOnderwerp)).ShouldBe(0);

        // The draft made through the API is the steller's: another user's token does not find it.
        var adviseur = await NamensAsync(client, "financien");
        (await adviseur.GetAsync($"/api/v1/voorstellen/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await IdsAsync(adviseur)).ShouldNotContain(id);
    }
}

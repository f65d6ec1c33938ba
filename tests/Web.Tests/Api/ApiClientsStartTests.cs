using System.Net;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// The API clients of the settings are registered at every start (<see cref="ApiClients"/>): a restart with the same
/// settings leaves the stored client as it is (no new hash, no write), a secret or scope changed in the settings takes
/// effect at the next start.
/// </summary>
public sealed class ApiClientsStartTests
{
    private const string Client = "start-test";

    private static BesluitvormingFabriek Fabriek(string geheim, string scope, string? databank = null)
    {
        var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Api:VerantwoordelijkeOrganisatie"] = ApiTests.Rsin;
        fabriek.ExtraInstellingen["Api:Clients:0:ClientId"] = Client;
        fabriek.ExtraInstellingen["Api:Clients:0:ClientSecret"] = geheim;
        fabriek.ExtraInstellingen["Api:Clients:0:Scopes:0"] = scope;
        if (databank is not null) fabriek.ExtraInstellingen["Database:ConnectionString"] = databank;
        return fabriek;
    }

    private static async Task<(string? Token, string? Hash)> OpgeslagenAsync(BesluitvormingFabriek fabriek)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var client = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking()
            .SingleAsync(a => a.ClientId == Client, TestContext.Current.CancellationToken);
        return (client.ConcurrencyToken, client.ClientSecret);
    }

    [Fact]
    public async Task Herstart_met_dezelfde_instellingen_laat_de_opgeslagen_client_ongemoeid()
    {
        using var eerste = Fabriek("eerste-geheim", "besluiten.lezen");
        eerste.CreateClient().Dispose();
        var voor = await OpgeslagenAsync(eerste);

        using (var scope = eerste.Services.CreateScope())
            await ApiClients.RegistreerAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);

        (await OpgeslagenAsync(eerste)).ShouldBe(voor, "dezelfde instellingen: geen nieuw zout en geen schrijfactie");
        (await ApiTests.VraagTokenAsync(eerste.CreateClient(), Client, "eerste-geheim", "besluiten.lezen")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_gewijzigd_geheim_of_scope_in_de_instellingen_geldt_na_de_herstart()
    {
        using var eerste = Fabriek("eerste-geheim", "besluiten.lezen");
        eerste.CreateClient().Dispose();
        var databank = $"Data Source={eerste.DatabasePad}"; // the first app stays: disposing it removes its folder

        using var tweede = Fabriek("tweede-geheim", "besluiten.lezen", databank);
        var http = tweede.CreateClient();
        (await ApiTests.VraagTokenAsync(http, Client, "tweede-geheim", "besluiten.lezen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiTests.VraagTokenAsync(http, Client, "eerste-geheim", "besluiten.lezen")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var derde = Fabriek("tweede-geheim", "voorstellen.lezen", databank);
        var http3 = derde.CreateClient();
        (await ApiTests.VraagTokenAsync(http3, Client, "tweede-geheim", "voorstellen.lezen")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiTests.VraagTokenAsync(http3, Client, "tweede-geheim", "besluiten.lezen")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

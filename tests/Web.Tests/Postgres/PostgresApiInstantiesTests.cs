using System.Net;
using System.Net.Http.Headers;
using Besluitvorming.Web.Tests.Api;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>Two instances of the app on one PostgreSQL database: a token either one issues holds on the other.</summary>
public sealed class PostgresApiInstantiesTests
{
    /// <summary>Two apps on one database, sharing one clock.</summary>
    private static (PostgresFabriek A, PostgresFabriek B) TweeInstanties()
    {
        var a = new PostgresFabriek();
        var b = new PostgresFabriek();
        b.ExtraInstellingen["Database:ConnectionString"] = a.ExtraInstellingen["Database:ConnectionString"];
        b.Klok = a.Klok;
        return (a, b);
    }

    [Fact]
    public async Task Een_token_van_instantie_A_geldt_op_instantie_B_met_dezelfde_database()
    {
        var (a, b) = TweeInstanties();
        using var _a = a;
        using var _b = b;
        ApiTests.ZetClients(a);
        ApiTests.ZetClients(b);

        var token = await ApiTests.TokenAsync(a.Klant().Http);
        var http = b.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var antwoord = await http.GetAsync("/api/v1/besluiten");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        // And the other way round.
        var terug = a.Klant().Http;
        terug.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTests.TokenAsync(b.Klant().Http));
        (await terug.GetAsync("/api/v1/besluiten")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_vernieuwingstoken_van_instantie_A_werkt_eenmaal_op_instantie_B()
    {
        var (a, b) = TweeInstanties();
        using var _a = a;
        using var _b = b;
        var opA = new Autorisatiecode(a);
        var opB = new Autorisatiecode(b);
        var client = await opA.RegistreerAsync();
        var tokens = await opA.TokensAsync(client);

        var vernieuwd = await Autorisatiecode.LeesTokensAsync(await opB.VernieuwAsync(client, tokens.Vernieuwing!));
        (await opA.LeesBesluitenAsync(vernieuwd.Toegang)).ShouldBe(HttpStatusCode.OK);
        await Autorisatiecode.GeweigerdAsync(await opA.VernieuwAsync(client, tokens.Vernieuwing!), "invalid_grant");
    }
}

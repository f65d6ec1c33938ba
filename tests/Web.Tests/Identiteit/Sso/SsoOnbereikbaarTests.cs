using System.Net;
using System.Net.Sockets;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>A provider that does not answer: "Inloggen met ..." ends on the login page with a Dutch message, not a 500.</summary>
public sealed class SsoOnbereikbaarTests
{
    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Een_onbereikbare_provider_geeft_een_Nederlandse_melding_op_de_inlogpagina()
    {
        using var fabriek = new BesluitvormingFabriek();
        var i = fabriek.ExtraInstellingen;
        i["Sso:Ingeschakeld"] = "true";
        i["Sso:Authority"] = $"http://127.0.0.1:{VrijePoort()}/";
        i["Sso:ClientId"] = TestProvider.ClientId;
        i["Sso:ClientSecret"] = TestProvider.ClientSecret;
        i["Sso:Weergavenaam"] = SsoOmgeving.Weergavenaam;
        var klant = fabriek.Klant();

        var antwoord = await klant.VerstuurAsync("/Account/Inloggen", [], formulierSelector: "form.sso");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        antwoord.Headers.Location!.OriginalString.ShouldBe("/Account/Inloggen?sso=Onbereikbaar");
        var pagina = await klant.PaginaAsync(antwoord.Headers.Location.OriginalString);
        pagina.QuerySelector("main")!.TextContent.ShouldContain($"{SsoOmgeving.Weergavenaam} is nu niet bereikbaar");
        pagina.QuerySelector("form.sso").ShouldNotBeNull("de knop blijft om het opnieuw te proberen");
    }
}

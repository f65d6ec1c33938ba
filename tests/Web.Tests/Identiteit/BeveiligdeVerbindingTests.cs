using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Tests.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Identiteit;

/// <summary>
/// The app on a real port behind a TLS-terminating proxy, played by the test: requests come from 127.0.0.1 with
/// the X-Forwarded-* headers a proxy adds. Only a configured proxy is believed.
/// </summary>
public sealed class BeveiligdeVerbindingTests
{
    private static readonly Dictionary<string, string> ViaProxy = new()
    {
        ["X-Forwarded-For"] = "203.0.113.5",
        ["X-Forwarded-Proto"] = "https",
        ["X-Forwarded-Host"] = "besluitvorming.gemeente.example",
    };

    private static readonly (string, string)[] TweePogingenPerUur = [("Inloggen:PogingenPerClient", "2"), ("Inloggen:Venster", "01:00:00")];

    private static BesluitvormingFabriek OpEchtePoort(params (string Sleutel, string Waarde)[] instellingen)
    {
        var fabriek = new BesluitvormingFabriek();
        foreach (var (sleutel, waarde) in instellingen) fabriek.ExtraInstellingen[sleutel] = waarde;
        fabriek.StartOpEchtePoort();
        return fabriek;
    }

    private static (TestKlant Klant, CookieBewaarder Cookies) ViaDeProxy(BesluitvormingFabriek fabriek, string clientadres = "203.0.113.5")
    {
        var (klant, cookies) = fabriek.KlantMetCookies();
        foreach (var (k, v) in ViaProxy) cookies.ExtraKoppen[k] = v;
        cookies.ExtraKoppen["X-Forwarded-For"] = clientadres;
        return (klant, cookies);
    }

    [Fact]
    public async Task Achter_een_vertrouwde_proxy_zijn_de_cookies_secure_en_komt_er_hsts()
    {
        using var fabriek = OpEchtePoort(("Proxy:VertrouwdeProxies:0", "127.0.0.1"));
        var (klant, cookies) = ViaDeProxy(fabriek);

        await klant.InloggenAsync("steller");
        CookieBewaarder.IsSecure(cookies.SetCookie("besluitvorming-af")).ShouldBeTrue(cookies.SetCookie("besluitvorming-af"));
        CookieBewaarder.IsSecure(cookies.SetCookie("besluitvorming")).ShouldBeTrue(cookies.SetCookie("besluitvorming"));
        var antwoord = await klant.Http.GetAsync("/Taken");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        antwoord.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue("HSTS over https buiten Development");
        hsts!.Single().ShouldContain("max-age=");
    }

    [Fact]
    public async Task Doorgestuurde_kopregels_van_een_onbekend_adres_tellen_niet()
    {
        using var fabriek = OpEchtePoort([("Proxy:VertrouwdeProxies:0", "192.0.2.10"), ("Proxy:VertrouwdeNetwerken:0", "198.51.100.0/24"),
            .. TweePogingenPerUur]);
        var (klant, cookies) = ViaDeProxy(fabriek, "203.0.113.5");

        var eerste = await InloggenTests.PogingAsync(klant, "steller", "geraden");
        eerste.Status.ShouldBe(HttpStatusCode.OK);
        CookieBewaarder.IsSecure(cookies.SetCookie("besluitvorming-af")).ShouldBeFalse("geen https: de proxy is niet vertrouwd");
        eerste.Antwoord.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        (await InloggenTests.PogingAsync(klant, "steller", "geraden")).Status.ShouldBe(HttpStatusCode.OK);

        // Another X-Forwarded-For from the same untrusted address is the same client: it shares the limit.
        var (ander, _) = ViaDeProxy(fabriek, "203.0.113.6");
        (await InloggenTests.PogingAsync(ander, "steller", "geraden")).Status.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Achter_een_vertrouwd_netwerk_telt_de_rem_per_echte_client()
    {
        using var fabriek = OpEchtePoort([("Proxy:VertrouwdeNetwerken:0", "127.0.0.0/8"), .. TweePogingenPerUur]);

        var (eerste, _) = ViaDeProxy(fabriek, "203.0.113.5");
        for (var i = 0; i < 2; i++) (await InloggenTests.PogingAsync(eerste, "steller", "geraden")).Status.ShouldBe(HttpStatusCode.OK);
        (await InloggenTests.PogingAsync(eerste, "steller", "geraden")).Status.ShouldBe(HttpStatusCode.TooManyRequests);

        var (tweede, _) = ViaDeProxy(fabriek, "203.0.113.6");
        var poging = await InloggenTests.PogingAsync(tweede, "steller", "geraden");
        poging.Status.ShouldBe(HttpStatusCode.OK, "een andere client achter dezelfde proxy heeft een eigen teller");
        (await tweede.VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = "steller", ["Wachtwoord"] = TestKlant.Wachtwoord }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public void Een_ongeldige_proxyinstelling_stopt_de_start_met_een_duidelijke_melding()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Proxy:VertrouwdeProxies:0"] = "proxy.gemeente.example";
        fabriek.ExtraInstellingen["Proxy:VertrouwdeNetwerken:0"] = "10.0.0.0/33";

        var fout = Should.Throw<Exception>(() => fabriek.CreateClient()).ToString();
        fout.ShouldContain("Proxy:VertrouwdeProxies");
        fout.ShouldContain("'proxy.gemeente.example'");
        fout.ShouldContain("Proxy:VertrouwdeNetwerken");
        fout.ShouldContain("'10.0.0.0/33'");
    }

    [Fact]
    public async Task In_productie_is_de_sessiecookie_altijd_secure()
    {
        using var fabriek = new BesluitvormingFabriek { Omgeving = "Production" };
        fabriek.ExtraInstellingen["Database:DemoData"] = null;
        const string wachtwoord = "Een-lang-en-eigen-wachtwoord-1";
        using (var scope = fabriek.Services.CreateScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            (await gebruikers.CreateAsync(new Gebruiker { UserName = "medewerker", Email = "medewerker@gemeente.example", Naam = "M. Dewerker" },
                wachtwoord)).Succeeded.ShouldBeTrue();
        }

        // Plain HTTP without any proxy: a proxy that is not configured must not leave the session cookie without Secure.
        var (klant, cookies) = fabriek.KlantMetCookies();
        await klant.InloggenAsync("medewerker", wachtwoord);
        CookieBewaarder.IsSecure(cookies.SetCookie("besluitvorming")).ShouldBeTrue(cookies.SetCookie("besluitvorming"));
    }
}

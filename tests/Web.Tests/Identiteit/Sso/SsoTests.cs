using System.Net;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.WebUtilities;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// Single sign-on through real HTTP against a real OpenID Connect provider (<see cref="TestProvider"/>): authorization
/// code with PKCE, state and nonce, every redirect taken by hand. Linking by e-mail, then by the link; refusal without
/// an account; group-to-role mapping; sign-out here and at the provider; a tampered state, an id_token for another
/// nonce and a replayed callback refused.
/// </summary>
public sealed class SsoTests(SsoOmgeving omgeving) : IClassFixture<SsoOmgeving>
{
    private const string Sessiecookie = "besluitvorming";

    private static async Task<string> IngelogdeNaamAsync(SsoBrowser browser)
    {
        var (antwoord, pagina) = await browser.Klant.GetAsync("/");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "een pagina die een ingelogde gebruiker vraagt");
        return pagina.QuerySelector(".kop__gebruiker")?.TextContent.Trim() ?? "";
    }

    private static async Task<string> MeldingAsync(SsoBrowser browser, HttpResponseMessage terug, string uitkomst)
    {
        terug.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        terug.Headers.Location!.OriginalString.ShouldBe("/Account/Inloggen?sso=" + uitkomst);
        browser.Cookies.Cookies.ShouldNotContainKey(Sessiecookie);
        var pagina = await browser.Klant.PaginaAsync(terug.Headers.Location.OriginalString);
        return pagina.QuerySelector("main")!.TextContent;
    }

    [Fact]
    public async Task Eerste_aanmelding_koppelt_het_account_met_hetzelfde_emailadres_en_daarna_geldt_de_koppeling()
    {
        var persoon = omgeving.NieuwePersoon();
        var gebruikersnaam = "bestaand." + persoon.Subject[4..];
        await SsoAccounts.MaakAsync(omgeving.App, gebruikersnaam, persoon.Email.ToUpperInvariant());
        var browser = omgeving.Browser();

        var terugkeer = await browser.NaarProviderAsync("/Taken");
        var verzoek = omgeving.Provider.Autorisaties.Last();
        verzoek["response_type"].ToString().ShouldBe("code");
        verzoek["code_challenge_method"].ToString().ShouldBe("S256");
        verzoek["code_challenge"].ToString().ShouldNotBeNullOrEmpty();
        verzoek["nonce"].ToString().ShouldNotBeNullOrEmpty();
        verzoek["state"].ToString().ShouldNotBeNullOrEmpty();
        verzoek["redirect_uri"].ToString().ShouldBe(new Uri(omgeving.Adres, "inloggen/sso/terug").ToString());
        terugkeer.Adres.AbsolutePath.ShouldBe("/inloggen/sso/terug");
        terugkeer.Velden.ShouldContainKey("code");

        var terug = await browser.TerugAsync(terugkeer);
        terug.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(terug));
        terug.Headers.Location!.OriginalString.ShouldBe("/Taken");
        (await IngelogdeNaamAsync(browser)).ShouldBe(gebruikersnaam);
        var (_, _, koppelingen) = await SsoAccounts.LeesAsync(omgeving.App, persoon.Email);
        var koppeling = koppelingen.ShouldHaveSingleItem();
        koppeling.LoginProvider.ShouldBe(omgeving.Provider.Issuer.AbsoluteUri);
        koppeling.ProviderKey.ShouldBe(persoon.Subject);

        // The same person with another address at the provider: the link finds the account, not the address.
        omgeving.Provider.Gebruiker = persoon with { Email = "nieuw." + persoon.Email };
        var later = omgeving.Browser();
        (await later.InloggenAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IngelogdeNaamAsync(later)).ShouldBe(gebruikersnaam);
    }

    [Fact]
    public async Task Zonder_account_met_dat_emailadres_weigert_de_app_met_een_Nederlandse_melding()
    {
        var persoon = omgeving.NieuwePersoon();
        var browser = omgeving.Browser();

        var melding = await MeldingAsync(browser, await browser.InloggenAsync(), "GeenAccount");

        melding.ShouldContain("er is in Besluitvorming geen account met uw e-mailadres");
        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Gebruiker.ShouldBeNull("automatisch aanmaken staat uit");
        (await browser.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "niet ingelogd");
    }

    [Fact]
    public async Task Een_emailadres_dat_de_provider_onbevestigd_noemt_koppelt_niet()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        omgeving.Provider.Gebruiker = persoon with { EmailBevestigd = false };
        var browser = omgeving.Browser();

        var melding = await MeldingAsync(browser, await browser.InloggenAsync(), "EmailNietBevestigd");

        melding.ShouldContain($"Uw e-mailadres is bij {SsoOmgeving.Weergavenaam} nog niet bevestigd");
        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Koppelingen.ShouldBeEmpty();
        omgeving.Provider.Gebruiker = persoon with { EmailBevestigd = true };
        (await omgeving.Browser().InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/", "bevestigd koppelt wel");
    }

    [Fact]
    public async Task Een_inactief_account_kan_ook_via_de_provider_niet_inloggen()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        (await omgeving.Browser().InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/", "eerst gekoppeld");
        await SsoAccounts.MaakInactiefAsync(omgeving.App, persoon.Email);
        var browser = omgeving.Browser();

        var melding = await MeldingAsync(browser, await browser.InloggenAsync(), "Geweigerd");

        melding.ShouldContain("uw account is niet (meer) actief");
    }

    [Fact]
    public async Task Groepen_zetten_bij_elke_aanmelding_alleen_de_rollen_die_aan_een_groep_gekoppeld_zijn()
    {
        var persoon = await omgeving.PersoonMetAccountAsync(
            rollen: [Rollen.Steller, Rollen.Griffie], groepen: ["besluitvorming-beheer", "een-groep-zonder-rol"]);

        (await omgeving.Browser().InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/");
        // Beheerder on, Griffie off, Steller (no group maps to it) stays.
        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Rollen.Order().ShouldBe([Rollen.Beheerder, Rollen.Steller]);

        omgeving.Provider.Gebruiker = persoon with { Groepen = ["griffie"] };
        var browser = omgeving.Browser();
        (await browser.InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/");
        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Rollen.Order().ShouldBe([Rollen.Griffie, Rollen.Steller]);
        (await browser.Http.GetAsync("/Beheer/Api")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "de sessie heeft de rol Beheerder niet meer");
    }

    [Fact]
    public async Task Uitloggen_beeindigt_de_sessie_hier_en_bij_de_provider()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        var browser = omgeving.Browser();
        (await browser.InloggenAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var uitloggingen = omgeving.Provider.Uitloggingen.Count;

        var uit = await browser.Klant.VerstuurAsync("/", [], formulierSelector: "form.kop__uit");

        uit.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(uit));
        browser.Cookies.Cookies.ShouldNotContainKey(Sessiecookie);
        var eindeSessie = uit.Headers.Location!;
        eindeSessie.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(omgeving.Provider.Issuer, "connect/logout").ToString());
        var parameters = QueryHelpers.ParseQuery(eindeSessie.Query);
        parameters["post_logout_redirect_uri"].ToString().ShouldBe(new Uri(omgeving.Adres, "uitloggen/sso/terug").ToString());
        parameters["id_token_hint"].ToString().ShouldNotBeNullOrEmpty();

        var bijProvider = await browser.Http.GetAsync(eindeSessie);
        omgeving.Provider.Uitloggingen.Count.ShouldBe(uitloggingen + 1);
        omgeving.Provider.Uitloggingen.Last().ShouldBe(parameters["id_token_hint"].ToString());
        bijProvider.StatusCode.ShouldBe(HttpStatusCode.Redirect, await bijProvider.Content.ReadAsStringAsync());
        bijProvider.Headers.Location!.AbsolutePath.ShouldBe("/uitloggen/sso/terug");
        var terug = await browser.Http.GetAsync(bijProvider.Headers.Location);
        terug.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        terug.Headers.Location!.OriginalString.ShouldBe("/Account/Uitloggen");
        (await browser.Klant.PaginaAsync("/Account/Uitloggen")).QuerySelector("h1")!.TextContent.ShouldBe("U bent uitgelogd");
        (await browser.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "niet meer ingelogd");
    }

    [Fact]
    public async Task Een_vervalste_state_wordt_geweigerd()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        var browser = omgeving.Browser();
        var terugkeer = await browser.NaarProviderAsync();
        var state = terugkeer.Velden["state"];
        var midden = state.Length / 2;
        var vervalst = state[..midden] + (state[midden] == 'A' ? 'B' : 'A') + state[(midden + 1)..];

        var melding = await MeldingAsync(browser, await browser.TerugAsync(terugkeer.Met("state", vervalst)), "Mislukt");

        melding.ShouldContain($"Inloggen met {SsoOmgeving.Weergavenaam} is niet gelukt");
        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Koppelingen.ShouldBeEmpty();
        // The same answer, untouched, still signs in: the refusal was the tampering.
        (await browser.TerugAsync(terugkeer)).Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Een_id_token_met_de_nonce_van_een_ander_verzoek_wordt_geweigerd()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        var browser = omgeving.Browser();
        omgeving.Provider.VervalsNonce = true;
        Terugkeer terugkeer;
        try
        {
            terugkeer = await browser.NaarProviderAsync();
        }
        finally
        {
            omgeving.Provider.VervalsNonce = false;
        }

        await MeldingAsync(browser, await browser.TerugAsync(terugkeer), "Mislukt");

        (await SsoAccounts.LeesAsync(omgeving.App, persoon.Email)).Koppelingen.ShouldBeEmpty();
        (await browser.InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/", "met de juiste nonce lukt het wel");
    }

    [Fact]
    public async Task Een_tweede_keer_afgeleverde_terugkeer_wordt_geweigerd()
    {
        var persoon = await omgeving.PersoonMetAccountAsync();
        var browser = omgeving.Browser();
        var terugkeer = await browser.NaarProviderAsync();
        var correlatie = browser.Cookies.Cookies.Where(c => c.Key.StartsWith("OpenIddict.Client.State", StringComparison.Ordinal)).ToList();
        correlatie.ShouldNotBeEmpty();
        (await browser.TerugAsync(terugkeer)).Headers.Location!.OriginalString.ShouldBe("/");

        // Someone who copied the answer and the browser's correlation cookie delivers it again.
        var ander = omgeving.Browser();
        foreach (var (naam, waarde) in correlatie) ander.Cookies.Cookies[naam] = waarde;
        await MeldingAsync(ander, await ander.TerugAsync(terugkeer), "Mislukt");
    }
}

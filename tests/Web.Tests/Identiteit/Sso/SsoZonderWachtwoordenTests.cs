using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Identiteit.Sso;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// With <c>Sso:AutomatischAanmaken</c> on a first sign-in makes the account (roles only by group); with
/// <c>Sso:LokaleWachtwoorden</c> off the login page offers only the provider and refuses every password, even a right one.
/// </summary>
public sealed class SsoZonderWachtwoordenTests(SsoZonderWachtwoordenOmgeving omgeving) : IClassFixture<SsoZonderWachtwoordenOmgeving>
{
    [Fact]
    public async Task Eerste_aanmelding_zonder_account_maakt_een_account_met_alleen_de_rollen_van_de_groepen()
    {
        var persoon = omgeving.NieuwePersoon();
        var browser = omgeving.Browser();

        var terug = await browser.InloggenAsync();

        terug.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(terug));
        terug.Headers.Location!.OriginalString.ShouldBe("/");
        var (gebruiker, rollen, koppelingen) = await SsoAccounts.LeesAsync(omgeving.App, persoon.Email);
        gebruiker.ShouldNotBeNull();
        gebruiker.UserName.ShouldBe(persoon.Gebruikersnaam);
        gebruiker.Naam.ShouldBe(persoon.Naam);
        gebruiker.PasswordHash.ShouldBeNull("geen lokaal wachtwoord");
        rollen.ShouldBeEmpty();
        koppelingen.ShouldHaveSingleItem().ProviderKey.ShouldBe(persoon.Subject);
        var (antwoord, pagina) = await browser.Klant.GetAsync("/");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        pagina.QuerySelector(".kop__gebruiker")!.TextContent.Trim().ShouldBe(persoon.Gebruikersnaam);

        var griffier = omgeving.NieuwePersoon("griffie");
        (await omgeving.Browser().InloggenAsync()).Headers.Location!.OriginalString.ShouldBe("/");
        (await SsoAccounts.LeesAsync(omgeving.App, griffier.Email)).Rollen.ShouldBe([Rollen.Griffie]);
    }

    [Fact]
    public async Task Zonder_lokale_wachtwoorden_toont_de_inlogpagina_alleen_de_knop_en_weigert_een_juist_wachtwoord()
    {
        const string naam = "lokaal.wachtwoord";
        await SsoAccounts.MaakAsync(omgeving.App, naam, "lokaal.wachtwoord@gemeente.example");
        var browser = omgeving.Browser();

        var pagina = await browser.Klant.PaginaAsync("/Account/Inloggen");
        pagina.QuerySelector("input[name=Wachtwoord]").ShouldBeNull();
        var knop = pagina.QuerySelector("form.sso button[type=submit]").ShouldNotBeNull();
        knop.TextContent.Trim().ShouldBe($"Inloggen met {SsoOmgeving.Weergavenaam}");

        // A password posted anyway (with a valid antiforgery token): refused unchecked, no session.
        var formulier = pagina.QuerySelector<IHtmlFormElement>("form.sso")!;
        var velden = TestKlant.Velden(formulier).Where(v => v.Naam == "__RequestVerificationToken")
            .Append(("Gebruikersnaam", naam)).Append(("Wachtwoord", TestKlant.Wachtwoord))
            .Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2));
        var antwoord = await browser.Http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(velden));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TestKlant.LeesAsync(antwoord)).QuerySelector("main")!.TextContent.ShouldContain(SsoMeldingen.WachtwoordUit);
        browser.Cookies.Cookies.ShouldNotContainKey("besluitvorming");
        (await browser.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "niet ingelogd");
    }
}

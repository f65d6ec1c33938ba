using System.Net;

namespace Besluitvorming.Web.Tests.Account;

public sealed class UitloggenTests
{
    [Fact]
    public async Task Na_uitloggen_wordt_een_gekopieerde_sessiecookie_geweigerd()
    {
        using var fabriek = new BesluitvormingFabriek();
        var (klant, cookies) = fabriek.KlantMetCookies();
        await klant.InloggenAsync("steller");
        var sessie = cookies.Cookies["besluitvorming"];

        var (dief, dievencookies) = fabriek.KlantMetCookies();
        dievencookies.Cookies["besluitvorming"] = sessie;
        (await dief.Http.GetAsync("/Taken")).StatusCode.ShouldBe(HttpStatusCode.OK, "voor het uitloggen werkt de kopie, zoals elke sessie");

        var uit = await klant.VerstuurAsync("/Taken", [], formulierSelector: "form.kop__uit");
        uit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        cookies.Cookies.ShouldNotContainKey("besluitvorming");

        var na = await dief.Http.GetAsync("/Taken");
        na.StatusCode.ShouldBe(HttpStatusCode.Redirect, "de sessie is beeindigd");
        na.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }
}

using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Account;

/// <summary>
/// The session check of a signed-in request is answered from the instance's <see cref="Sessiecache"/> (issue 12, P2: no
/// statement for it), and a change that ends or changes the account's sessions still holds at the next request: the
/// copy is dropped when that change commits, never left to expire. Each test has an app of its own (they end sessions).
/// </summary>
public sealed class SessiecacheTests
{
    /// <summary>The statements of one GET of <paramref name="url"/> that read the account (the session check reads AspNetUsers).</summary>
    private static async Task<List<string>> SessieopdrachtenAsync(BesluitvormingFabriek app, TestKlant klant, string url)
    {
        var telling = app.Sql.Tel(url, "GET");
        (await klant.Http.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return telling.Commando.Where(c => c.Contains("AspNetUsers", StringComparison.Ordinal)).ToList();
    }

    private static async Task NaarInloggenAsync(TestKlant klant, string url, string waarom)
    {
        var antwoord = await klant.Http.GetAsync(url, TestContext.Current.CancellationToken);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, waarom);
        antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }

    private static async Task WijzigAccountAsync(BesluitvormingFabriek app, string gebruikersnaam, Func<BesluitvormingDbContext, Gebruiker, Task> wijziging)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var gebruiker = await db.Users.SingleAsync(u => u.UserName == gebruikersnaam, TestContext.Current.CancellationToken);
        await wijziging(db, gebruiker);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Een_bekende_sessie_kost_geen_sql_opdracht_en_haar_kopie_wordt_na_uitloggen_meteen_geweigerd()
    {
        using var app = new BesluitvormingFabriek();
        var (klant, cookies) = app.KlantMetCookies();
        await klant.InloggenAsync("steller");
        var (dief, dievencookies) = app.KlantMetCookies();
        dievencookies.Cookies["besluitvorming"] = cookies.Cookies["besluitvorming"];
        (await SessieopdrachtenAsync(app, dief, "/Taken")).Count.ShouldBe(1, "de eerste keer leest de controle het account");
        (await SessieopdrachtenAsync(app, dief, "/Taken")).ShouldBeEmpty("daarna is de sessie bekend in deze instantie");

        (await klant.VerstuurAsync("/Taken", [], formulierSelector: "form.kop__uit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await NaarInloggenAsync(dief, "/Taken", "de bewaarde sessie is bij het uitloggen vervallen, niet pas na haar levensduur");
    }

    [Fact]
    public async Task Een_beeindigde_plaatsvervanging_en_een_inactief_gemaakt_account_gelden_bij_het_volgende_verzoek()
    {
        using var app = new BesluitvormingFabriek();
        var id = await new Route(app).IndienenAsync("steller", Route.VolledigVoorstel("Speeltuin Kerkplein vernieuwen"));
        var steller2 = await app.IngelogdAlsAsync("steller2");
        (await SessieopdrachtenAsync(app, steller2, "/Voorstellen")).Count.ShouldBe(1);
        (await SessieopdrachtenAsync(app, steller2, "/Voorstellen")).ShouldBeEmpty("de sessie is bekend");
        (await steller2.PaginaAsync("/Voorstellen")).QuerySelectorAll($"a[href='/Voorstellen/{id}']").ShouldNotBeEmpty(
            "steller2 vervangt steller (demo-organisatie)");

        await WijzigAccountAsync(app, "steller2", async (db, g) =>
            db.Plaatsvervangingen.Remove(await db.Plaatsvervangingen.SingleAsync(p => p.PlaatsvervangerId == g.Id)));
        (await steller2.PaginaAsync("/Voorstellen")).QuerySelectorAll($"a[href='/Voorstellen/{id}']").ShouldBeEmpty(
            "wie niet meer vervangt, ziet het voorstel bij het volgende verzoek niet meer");

        await WijzigAccountAsync(app, "steller2", (_, g) =>
        {
            g.Actief = false;
            return Task.CompletedTask;
        });
        await NaarInloggenAsync(steller2, "/Voorstellen", "een inactief account verliest zijn sessie meteen");
    }

    [Fact]
    public async Task Een_wijziging_buiten_de_app_om_geldt_uiterlijk_na_de_levensduur_van_de_kopie()
    {
        using var app = new BesluitvormingFabriek();
        var steller = await app.IngelogdAlsAsync("steller");
        (await SessieopdrachtenAsync(app, steller, "/Taken")).Count.ShouldBe(1);
        (await SessieopdrachtenAsync(app, steller, "/Taken")).ShouldBeEmpty("de sessie is bekend");
        using (var scope = app.Services.CreateScope())
            // What an operator types in the database: no save of the app, so nothing tells the kept copy.
            await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE \"AspNetUsers\" SET \"SecurityStamp\" = 'elders-gewijzigd' WHERE \"UserName\" = 'steller'", TestContext.Current.CancellationToken);
        (await steller.Http.GetAsync("/Taken", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK,
            "binnen de levensduur geldt de kopie");

        app.Klok.ZetOp(app.Klok.GetUtcNow() + Sessiecache.Levensduur);
        await NaarInloggenAsync(steller, "/Taken", "na de levensduur leest de controle het account weer");
    }
}

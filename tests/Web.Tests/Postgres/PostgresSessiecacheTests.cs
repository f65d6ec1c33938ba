using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>
/// Two instances on one PostgreSQL database (as the cluster runs): instance B answers a known session's check from its
/// <see cref="Sessiecache"/> (no statement), and a logout or an account made inactive on instance A ends that session on
/// B as soon as B hears A's NOTIFY, sent in the transaction of the change: B's clock stands still, so its copy never
/// expires during the test and only the NOTIFY can end it.
/// </summary>
public sealed class PostgresSessiecacheTests
{
    /// <summary>Waits (no sleep: on B's own signal) until <paramref name="klaar"/> holds, at most 30 s.</summary>
    private static Task WachtAsync(Sessiecache sessies, Func<bool> klaar, string wat) =>
        Signaalwacht.WachtAsync(k => sessies.StandGewijzigd += k, k => sessies.StandGewijzigd -= k, klaar, wat);

    /// <summary>A client of B carrying the session cookie of <paramref name="cookiesVanA"/> (a login on A), known to B's cache.</summary>
    private static async Task<TestKlant> SessieOpBAsync(BesluitvormingFabriek b, CookieBewaarder cookiesVanA)
    {
        var (klant, cookies) = b.KlantMetCookies();
        cookies.Cookies["besluitvorming"] = cookiesVanA.Cookies["besluitvorming"];
        (await klant.Http.GetAsync("/Taken", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK,
            "een login op A geldt op B (sleutels in de database)");
        var telling = b.Sql.Tel("/Taken", "GET");
        (await klant.Http.GetAsync("/Taken", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        telling.Commando.Where(c => c.Contains("AspNetUsers", StringComparison.Ordinal)).ShouldBeEmpty("B kent de sessie al");
        return klant;
    }

    private static async Task<(BesluitvormingFabriek A, BesluitvormingFabriek B, Sessiecache SessiesB)> TweeInstantiesAsync()
    {
        var a = new PostgresFabriek();
        _ = a.Services;
        var b = new PostgresFabriek();
        b.ExtraInstellingen["Database:ConnectionString"] = a.ExtraInstellingen["Database:ConnectionString"];
        var sessiesB = b.Services.GetRequiredService<Sessiecache>();
        await WachtAsync(sessiesB, () => sessiesB.Luistert, "B luistert naar wijzigingen");
        return (a, b, sessiesB);
    }

    /// <summary>B knows the session of a login on A; <paramref name="beeindig"/> ends it on A; B refuses it once it has heard A.</summary>
    private static async Task BeeindigOpAEnWeigerOpBAsync(Func<BesluitvormingFabriek, TestKlant, Task> beeindig, string wat)
    {
        var (a, b, sessiesB) = await TweeInstantiesAsync();
        using var _a = a;
        using var _b = b;
        var (klantA, cookiesA) = a.KlantMetCookies();
        await klantA.InloggenAsync("steller");
        var klantB = await SessieOpBAsync(b, cookiesA);
        var stand = sessiesB.Stand;

        await beeindig(a, klantA);

        await WachtAsync(sessiesB, () => sessiesB.Stand > stand, $"B hoort {wat} op A");
        var na = await klantB.Http.GetAsync("/Taken", TestContext.Current.CancellationToken);
        na.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"na {wat} op A geldt de sessie op B niet meer");
        na.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }

    [Fact]
    public Task Uitloggen_op_instantie_A_beeindigt_de_bewaarde_sessie_op_instantie_B() =>
        BeeindigOpAEnWeigerOpBAsync(async (_, klantA) =>
            (await klantA.VerstuurAsync("/Taken", [], formulierSelector: "form.kop__uit")).StatusCode.ShouldBe(HttpStatusCode.Redirect),
            "het uitloggen");

    [Fact]
    public Task Een_op_instantie_A_inactief_gemaakt_account_verliest_zijn_bewaarde_sessie_op_instantie_B() =>
        BeeindigOpAEnWeigerOpBAsync(async (a, _) =>
        {
            using var scope = a.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var steller = await db.Users.SingleAsync(u => u.UserName == "steller", TestContext.Current.CancellationToken);
            steller.Actief = false;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }, "het inactief maken van het account");
}

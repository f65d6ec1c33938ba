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
    private static async Task WachtAsync(Sessiecache sessies, Func<bool> klaar, string wat)
    {
        var gebeurd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Kijk() { if (klaar()) gebeurd.TrySetResult(); }
        sessies.StandGewijzigd += Kijk;
        try
        {
            Kijk();
            await gebeurd.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new ShouldAssertException($"na 30 s nog niet: {wat}");
        }
        finally
        {
            sessies.StandGewijzigd -= Kijk;
        }
    }

    /// <summary>A client of B carrying the session cookie of <paramref name="klantVanA"/>'s login on A, known to B's cache.</summary>
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

    [Fact]
    public async Task Uitloggen_op_instantie_A_beeindigt_de_bewaarde_sessie_op_instantie_B()
    {
        var (a, b, sessiesB) = await TweeInstantiesAsync();
        using var _a = a;
        using var _b = b;
        var (klantA, cookiesA) = a.KlantMetCookies();
        await klantA.InloggenAsync("steller");
        var klantB = await SessieOpBAsync(b, cookiesA);
        var stand = sessiesB.Stand;

        (await klantA.VerstuurAsync("/Taken", [], formulierSelector: "form.kop__uit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await WachtAsync(sessiesB, () => sessiesB.Stand > stand, "B hoort het uitloggen op A");
        var na = await klantB.Http.GetAsync("/Taken", TestContext.Current.CancellationToken);
        na.StatusCode.ShouldBe(HttpStatusCode.Redirect, "de sessie is op A beeindigd");
        na.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }

    [Fact]
    public async Task Een_op_instantie_A_inactief_gemaakt_account_verliest_zijn_bewaarde_sessie_op_instantie_B()
    {
        var (a, b, sessiesB) = await TweeInstantiesAsync();
        using var _a = a;
        using var _b = b;
        var (klantA, cookiesA) = a.KlantMetCookies();
        await klantA.InloggenAsync("steller");
        var klantB = await SessieOpBAsync(b, cookiesA);
        var stand = sessiesB.Stand;

        using (var scope = a.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var steller = await db.Users.SingleAsync(u => u.UserName == "steller", TestContext.Current.CancellationToken);
            steller.Actief = false;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await WachtAsync(sessiesB, () => sessiesB.Stand > stand, "B hoort de wijziging op A");
        var na = await klantB.Http.GetAsync("/Taken", TestContext.Current.CancellationToken);
        na.StatusCode.ShouldBe(HttpStatusCode.Redirect, "een inactief account verliest zijn sessie op elke instantie");
        na.Headers.Location!.AbsolutePath.ShouldBe("/Account/Inloggen");
    }
}

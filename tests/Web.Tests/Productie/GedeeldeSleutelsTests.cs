using System.Net;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Besluitvorming.Web.Productie;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Two instances on one PostgreSQL database share the Data Protection key ring through that database: a login on one
/// is valid on the other, and the ring lives nowhere else (without its rows, a new instance no longer accepts the cookie).
/// </summary>
public sealed class GedeeldeSleutelsTests
{
    private static TestKlant MetCookies(BesluitvormingFabriek app, CookieBewaarder van)
    {
        var (klant, cookies) = app.KlantMetCookies();
        foreach (var (naam, waarde) in van.Cookies) cookies.Cookies[naam] = waarde;
        return klant;
    }

    [Fact]
    public async Task Een_login_op_instantie_A_geldt_op_instantie_B_met_dezelfde_database()
    {
        using var a = new PostgresFabriek();
        var verbinding = a.ExtraInstellingen["Database:ConnectionString"];
        var (klantA, cookies) = a.KlantMetCookies();
        await klantA.InloggenAsync("steller");
        (await klantA.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var b = new PostgresFabriek();
        b.ExtraInstellingen["Database:ConnectionString"] = verbinding;
        var opB = await MetCookies(b, cookies).Http.GetAsync("/");
        opB.StatusCode.ShouldBe(HttpStatusCode.OK, "B leest de cookie van A met de sleutel uit de database");

        using (var scope = b.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.DataProtectionKeys.CountAsync()).ShouldBe(1, "beide instanties gebruiken dezelfde sleutel");
            await db.DataProtectionKeys.ExecuteDeleteAsync();
        }

        using var c = new PostgresFabriek();
        c.ExtraInstellingen["Database:ConnectionString"] = verbinding;
        var opC = await MetCookies(c, cookies).Http.GetAsync("/");
        opC.StatusCode.ShouldBe(HttpStatusCode.Redirect, "zonder de sleutel in de database is de cookie niet te lezen");
        opC.Headers.Location!.ToString().ShouldContain("/Account/Inloggen");
    }

    private static int Sleutels(BesluitvormingFabriek app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().DataProtectionKeys.Count();
    }

    [Fact]
    public void De_opvolger_van_een_sleutel_wordt_twee_weken_voor_het_verlopen_gemaakt_buiten_elk_verzoek()
    {
        using var app = new BesluitvormingFabriek();
        var ring = app.Services.GetServices<IHostedService>().OfType<Sleutelring>().Single();
        Sleutels(app).ShouldBe(1, "de eerste sleutel bestaat vanaf de start");

        ring.Vernieuw(DateTimeOffset.UtcNow.AddDays(60));
        Sleutels(app).ShouldBe(1, "na 60 dagen is de sleutel nog ruim geldig");

        ring.Vernieuw(DateTimeOffset.UtcNow.AddDays(80));
        Sleutels(app).ShouldBe(2, "tien dagen voor het verlopen is er een opvolger");
        ring.Vernieuw(DateTimeOffset.UtcNow.AddDays(80));
        Sleutels(app).ShouldBe(2, "en maar één");
    }
}

using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>
/// Activation takes effect for the very next evaluation, without a restart, also on a second app instance that
/// shares the database. The municipality's choice "blocking instead of a warning" is made in data this way.
/// </summary>
public sealed class ActiverenTests : IDisposable
{
    private readonly BesluitvormingFabriek _eerste = new();
    private readonly BesluitvormingFabriek _tweede;

    public ActiverenTests()
    {
        _ = _eerste.Services; // create and seed the database
        _tweede = new BesluitvormingFabriek();
        _tweede.ExtraInstellingen["Database:ConnectionString"] = $"Data Source={_eerste.DatabasePad}";
    }

    public void Dispose()
    {
        _tweede.Dispose();
        _eerste.Dispose();
    }

    private static Dictionary<string, string?> NaDeVoorjaarsnota(string onderwerp)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60.000";
        velden["Invoer.KostenPerJaar"] = "true";
        velden["Invoer.Dekking"] = "Voorjaarsnota";
        velden["Invoer.GeplandBw"] = Route.Datum(20); // three weeks after the test day in June: past the Voorjaarsnota
        return velden;
    }

    [Fact]
    public async Task Geactiveerde_versie_geldt_meteen_ook_op_een_tweede_instantie()
    {
        var eerste = new Route(_eerste);
        var tweede = new Route(_tweede);

        // Both instances have evaluated (and compiled) version 1: the Voorjaarsnota rule only warns.
        await eerste.IndienenAsync("steller", NaDeVoorjaarsnota("Eerste instantie, versie 1"));
        await tweede.IndienenAsync("steller", NaDeVoorjaarsnota("Tweede instantie, versie 1"));

        // On the first instance the beheerder makes the rule blocking, as a new version.
        var beheerder = await eerste.AlsAsync("beheerder");
        var nieuw = await beheerder.PaginaAsync("/Beheer/Regels/poort-indienen/Nieuw");
        var json = nieuw.QuerySelector("textarea#Json")!.TextContent;
        var regel = json.IndexOf("\"RuleName\": \"Kosten bekend voor de Voorjaarsnota\"", StringComparison.Ordinal);
        regel.ShouldBeGreaterThan(0);
        var ernst = json.IndexOf("\"waarschuwing\"", regel, StringComparison.Ordinal);
        var streng = json[..ernst] + "\"blokkerend\"" + json[(ernst + "\"waarschuwing\"".Length)..];
        var opslaan = await beheerder.VerstuurAsync("/Beheer/Regels/poort-indienen/Nieuw",
            new() { ["Json"] = streng, ["Toelichting"] = "Gemeente kiest: blokkerend" });
        opslaan.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opslaan));

        // A concept changes nothing yet.
        await tweede.IndienenAsync("steller", NaDeVoorjaarsnota("Tweede instantie, concept"));

        var activeren = await beheerder.VerstuurAsync("/Beheer/Regels/poort-indienen/2", []);
        activeren.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(activeren));

        using (var scope = _eerste.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var versies = await db.RegelsetVersies.AsNoTracking().Where(r => r.Naam == "poort-indienen").OrderBy(r => r.Versie).ToListAsync();
            versies.Select(v => v.Status).ShouldBe([Regelsetstatus.Vervangen, Regelsetstatus.Actief]);
            versies[1].GeactiveerdDoor.ShouldBe("A. Beheer");
            versies[1].ActiefSinds.ShouldNotBeNull();
        }

        // The second instance, which compiled version 1 before, now blocks with version 2.
        var steller = await tweede.AlsAsync("steller");
        var geweigerd = await steller.VerstuurAsync("/Voorstellen/Bewerken", NaDeVoorjaarsnota("Tweede instantie, versie 2"), knop: "Opslaan en indienen");
        geweigerd.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fouten = await Route.Fouten(geweigerd);
        fouten.ShouldContain("'Indienen' kan nog niet (regelset poort-indienen versie 2)");
        fouten.ShouldContain("De kosten (EUR 60.000 per jaar) zijn niet bekend voor de deadline van de Voorjaarsnota");
    }
}

using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

public class RegistratienummerTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Gelijktijdig_ingediende_voorstellen_krijgen_elk_een_eigen_nummer()
    {
        // Six drafts by three stellers, then all submitted at the same moment.
        var ids = new List<(string Steller, int Id)>();
        foreach (var steller in new[] { "steller", "steller2", "projectleider" })
        {
            var klant = await _route.AlsAsync(steller);
            for (var i = 0; i < 2; i++)
            {
                var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", Route.VolledigVoorstel($"Gelijktijdig {steller} {i}"), knop: "Concept opslaan");
                ids.Add((steller, int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last())));
            }
        }

        // All six have loaded their proposal and are about to take a number at the same time.
        var samenkomst = fabriek.Gelijktijdig.BijTransactie(ids.Count);
        await Task.WhenAll(ids.Select(async x =>
        {
            var klant = await _route.AlsAsync(x.Steller);
            var antwoord = await klant.VerstuurAsync($"/Voorstellen/Bewerken/{x.Id}", [], knop: "Opslaan en indienen");
            antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        }));
        samenkomst.Samen.ShouldBeTrue();

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nummers = await db.Voorstellen.Where(v => v.Onderwerp.StartsWith("Gelijktijdig")).Select(v => v.Registratienummer).ToListAsync();
        nummers.Count.ShouldBe(6);
        nummers.ShouldAllBe(n => n != null);
        nummers.Distinct().Count().ShouldBe(6);
        var jaar = fabriek.Klok.Vandaag.Year % 100;
        nummers.ShouldAllBe(n => n!.StartsWith($"{jaar:D2}-"));
    }

    [Fact]
    public async Task De_eerste_voorstellen_van_een_nieuw_jaar_krijgen_tegelijk_elk_een_eigen_nummer()
    {
        // An app of the same kind (SQLite or PostgreSQL) whose clock the test moves into next year, where no
        // counter exists yet: the simultaneous first submissions must share its creation, not collide on it.
        var klok = new Mail.VerstelbareKlok();
        using var app = (BesluitvormingFabriek)Activator.CreateInstance(fabriek.GetType())!;
        app.Klok = klok;
        var route = new Route(app);
        var ids = new List<(string Steller, int Id)>();
        foreach (var steller in new[] { "steller", "steller2", "projectleider" })
        {
            var klant = await route.AlsAsync(steller);
            for (var i = 0; i < 2; i++)
            {
                var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", Route.VolledigVoorstel($"Nieuwjaar {steller} {i}"), knop: "Concept opslaan");
                ids.Add((steller, int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last())));
            }
        }
        var volgendJaar = klok.Vandaag.Year + 1;
        klok.ZetOp(new DateTimeOffset(volgendJaar, 1, 2, 9, 0, 0, TimeSpan.Zero));
        route = new Route(app); // the sessions of last year have expired: sign in again
        var klanten = new Dictionary<string, TestKlant>();
        foreach (var steller in ids.Select(x => x.Steller).Distinct()) klanten[steller] = await route.AlsAsync(steller);

        // PostgreSQL: all six find no counter for the new year and meet just before creating it, so five of them
        // collide on its key and must count on. SQLite admits one writing transaction at a time, so there they meet
        // before their transactions (all have loaded, none has a number) and the database puts them in a row.
        var samenkomst = app is PostgresFabriek
            ? app.Gelijktijdig.BijCommando(ids.Count, sql => sql.Contains("INSERT INTO \"Registratietellers\""))
            : app.Gelijktijdig.BijTransactie(ids.Count);
        await Task.WhenAll(ids.Select(async x =>
        {
            var antwoord = await klanten[x.Steller].VerstuurAsync($"/Voorstellen/Bewerken/{x.Id}", [], knop: "Opslaan en indienen");
            antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        }));
        samenkomst.Samen.ShouldBeTrue();
        if (app is PostgresFabriek) samenkomst.Botsingen.ShouldBe(ids.Count - 1, "de tellers die te laat kwamen, botsten op de sleutel");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nummers = await db.Voorstellen.Where(v => v.Onderwerp.StartsWith("Nieuwjaar")).Select(v => v.Registratienummer!).ToListAsync();
        nummers.Order().ShouldBe(Enumerable.Range(1, 6).Select(n => $"{volgendJaar % 100:D2}-{n:D5}"));
    }
}

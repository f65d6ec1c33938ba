using System.Net;
using System.Text.Json;
using Besluitvorming.Rules;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>
/// An expression that would overflow the parser's stack never reaches it: not through the upload, not from a stored
/// version (dry run, activation, compiling the active versions), and the app keeps running. A dry run that takes too
/// long ends with a message instead of a hanging page.
/// </summary>
public sealed class RegelgrenzenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private static string Set(string naam, int aantal, string expressie) => JsonSerializer.Serialize(new
    {
        WorkflowName = naam,
        Rules = Enumerable.Range(1, aantal).Select(i => new
        {
            RuleName = aantal == 1 ? "Diep" : $"Regel {i}", Expression = expressie, ErrorMessage = "Nog niet.",
            Properties = new { ernst = "waarschuwing" },
        }),
    });

    private static readonly string VijfduizendHaakjes = new string('(', 5000) + "feiten.CollegeAkkoord" + new string(')', 5000);

    /// <summary>Stores a version the way a tampered or older database could hold it: past the validator.</summary>
    private static async Task<int> BewaarBuitenDeControleOmAsync(BesluitvormingFabriek f, string naam, string json)
    {
        using var scope = f.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var versie = await db.RegelsetVersies.Where(r => r.Naam == naam).MaxAsync(r => r.Versie) + 1;
        db.RegelsetVersies.Add(new RegelsetVersie
        {
            Naam = naam, Versie = versie, Json = json, Status = Regelsetstatus.Concept, GewijzigdDoor = "test", GewijzigdOp = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return versie;
    }

    private async Task<List<(int Versie, Regelsetstatus Status)>> VersiesAsync(string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return (await db.RegelsetVersies.AsNoTracking().Where(r => r.Naam == naam).OrderBy(r => r.Versie)
            .Select(r => new { r.Versie, r.Status }).ToListAsync()).Select(r => (r.Versie, r.Status)).ToList();
    }

    [Fact]
    public async Task Upload_met_vijfduizend_geneste_haakjes_wordt_geweigerd_met_de_naam_van_de_regel()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var json = Set("poort-paraaf", 1, VijfduizendHaakjes);
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-paraaf/Nieuw", new() { ["Json"] = json });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector(".regelfouten")!.TextContent.ShouldContain("Regel 'Diep': de expressie is te diep genest (5000 haakjes diep)");
        pagina.QuerySelector("textarea#Json")!.TextContent.ShouldBe(json, "de invoer blijft staan");
        (await VersiesAsync("poort-paraaf")).ShouldBe([(1, Regelsetstatus.Actief)]);
        (await beheerder.PaginaAsync("/Beheer/Regels")).QuerySelector("section[data-regelset='poort-paraaf']").ShouldNotBeNull("de app draait door");
    }

    [Fact]
    public async Task Nesting_tot_de_grens_wordt_opgeslagen()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        var json = Set("poort-ondernemingsraad", 1,
            new string('(', Expressiegrenzen.MaxNesting) + "feiten.CollegeAkkoord" + new string(')', Expressiegrenzen.MaxNesting));
        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-ondernemingsraad/Nieuw", new() { ["Json"] = json });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await VersiesAsync("poort-ondernemingsraad")).ShouldContain((2, Regelsetstatus.Concept));
    }

    [Fact]
    public async Task Een_opgeslagen_te_diepe_versie_wordt_bij_proefdraaien_activeren_en_laden_geweigerd()
    {
        var versie = await BewaarBuitenDeControleOmAsync(fabriek, "poort-college", Set("poort-college", 1, VijfduizendHaakjes));
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Diepe regel"));
        var beheerder = await _route.AlsAsync("beheerder");

        var (proef, pagina) = await beheerder.GetAsync($"/Beheer/Regels/poort-college/{versie}?VoorstelId={id}");
        proef.StatusCode.ShouldBe(HttpStatusCode.OK);
        pagina.QuerySelector("#proefdraai ~ .melding--fout")!.TextContent.ShouldContain("Regel 'Diep': de expressie is te diep genest");

        var activeren = await beheerder.VerstuurAsync($"/Beheer/Regels/poort-college/{versie}", new(), knop: "Activeren",
            formulierSelector: "main form[method=post]");
        activeren.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await beheerder.PaginaAsync(activeren.Headers.Location!.OriginalString)).QuerySelector(".melding--fout")!.TextContent
            .ShouldContain("Deze versie kan niet worden geactiveerd: Regel 'Diep': de expressie is te diep genest");
        (await VersiesAsync("poort-college")).ShouldBe([(1, Regelsetstatus.Actief), (versie, Regelsetstatus.Concept)]);

        // Made active behind the app's back: compiling the active versions (as every request and a restart do) refuses it too.
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        await db.RegelsetVersies.Where(r => r.Naam == "poort-college" && r.Versie == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Regelsetstatus.Vervangen));
        await db.RegelsetVersies.Where(r => r.Naam == "poort-college" && r.Versie == versie)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Regelsetstatus.Actief));
        try
        {
            var e = await Should.ThrowAsync<RegelsetOngeldigException>(() => scope.ServiceProvider.GetRequiredService<RegelDienst>().ActieveVersiesAsync());
            e.Message.ShouldContain("te diep genest");
        }
        finally
        {
            await db.RegelsetVersies.Where(r => r.Naam == "poort-college" && r.Versie == versie)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Regelsetstatus.Concept));
            await db.RegelsetVersies.Where(r => r.Naam == "poort-college" && r.Versie == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Regelsetstatus.Actief));
        }
        (await beheerder.PaginaAsync($"/Voorstellen/{id}")).Body!.TextContent.ShouldContain("Diepe regel");
    }

    [Fact]
    public async Task Proefdraaien_dat_de_tijdslimiet_overschrijdt_geeft_een_melding_in_plaats_van_een_hangende_pagina()
    {
        await using var krap = new BesluitvormingFabriek();
        krap.ExtraInstellingen["Regels:ProefdraaiLimiet"] = "00:00:00.001";
        var route = new Route(krap);
        // A fresh version of the most rules a set may hold, on a dry run limited to 1 ms.
        var versie = await BewaarBuitenDeControleOmAsync(krap, "poort-college", Set("poort-college", Expressiegrenzen.MaxRegels, "feiten.Kosten > 1000 && feiten.CollegeAkkoord"));
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel("Trage regel"));
        var beheerder = await route.AlsAsync("beheerder");
        // The work is held back until the page has answered: the limit ends the wait, not a race between the compile
        // and a 1 ms timer (a starved thread pool fires the timer late, and the compile's own thread may win).
        using var vrij = new ManualResetEventSlim();
        var begrenzer = krap.Services.GetRequiredService<Regelwerkbegrenzer>();
        begrenzer.VoorHetWerk = () => vrij.Wait();
        try
        {
            var (proef, pagina) = await beheerder.GetAsync($"/Beheer/Regels/poort-college/{versie}?VoorstelId={id}");
            proef.StatusCode.ShouldBe(HttpStatusCode.OK);
            pagina.QuerySelector("#proefdraai ~ .melding--fout")!.TextContent.ShouldContain("was na 0,001 seconden nog niet klaar met rekenen");
            pagina.QuerySelector(".proefdraai").ShouldBeNull();
        }
        finally
        {
            begrenzer.VoorHetWerk = null;
            vrij.Set();
        }
    }
}

using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>A decision by mail link meets the same gate rules as in the app, and a refusal says why.</summary>
public sealed class MaillinkRegelsTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Paraaf_via_link_die_de_regels_tegenhouden_toont_waarom_en_laat_de_link_heel()
    {
        // The municipality makes the paraaf's lead-time rule blocking (a new version of poort-paraaf).
        var beheerder = await _route.AlsAsync("beheerder");
        var json = (await beheerder.PaginaAsync("/Beheer/Regels/poort-paraaf/Nieuw")).QuerySelector("textarea#Json")!.TextContent;
        json.ShouldContain("\"waarschuwing\"");
        var opslaan = await beheerder.VerstuurAsync("/Beheer/Regels/poort-paraaf/Nieuw",
            new() { ["Json"] = json.Replace("\"waarschuwing\"", "\"blokkerend\""), ["Toelichting"] = "Termijnen zijn hard" });
        opslaan.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opslaan));
        (await beheerder.VerstuurAsync("/Beheer/Regels/poort-paraaf/2", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A meeting two weeks away leaves advice and DT too little time.
        var onderwerp = $"Te krap {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = Route.Datum(13); // Tuesday 23 June: its agenda closes in four working days
        var id = await _route.IndienenAsync("steller", velden);
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("afdelingshoofd@gemeente.example") && (m.Subject ?? "").Contains(onderwerp));
        var pad = mail.LinkPad();

        var klant = fabriek.Klant();
        var antwoord = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "akkoord", ["Invoer.Toelichting"] = "Akkoord, mits snel." });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fouten = await Route.Fouten(antwoord);
        fouten.ShouldContain("'Paraferen' kan nog niet (regelset poort-paraaf versie 2)");
        fouten.ShouldContain("Te laat voor de collegevergadering van");
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("textarea[name='Invoer.Toelichting']")!.TextContent.ShouldBe("Akkoord, mits snel.");

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("ParaafAfdelingshoofd");
        v.Gebeurtenissen.ShouldContain(g => g.Soort == "RegelBlokkeert");
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var hash = Maillinks.Hash(pad.Split('/').Last());
        (await db.Maillinks.AsNoTracking().SingleAsync(l => l.TokenHash == hash)).GebruiktOp.ShouldBeNull();
        (await klant.GetAsync(pad)).Antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "de link werkt nog");
    }
}

using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// Uploads that no proposal refers to (a failed form, a removed attachment) are removed once the grace period has
/// passed; a file an attachment points to never is. The job is run directly, with the clock moved.
/// </summary>
public sealed class BijlagenOpruimJobTests
{
    private const string Url = "/Voorstellen/Bewerken";

    private sealed class Fabriek : BesluitvormingFabriek
    {
        public VerstelbareKlok VerstelbareKlok { get; } = new();

        public Fabriek() => Klok = VerstelbareKlok;

        public Task<int> RuimOpAsync() => ActivatorUtilities.CreateInstance<BijlagenOpruimJob>(Services).RuimOpAsync();

        /// <summary>
        /// The uploads of proposals (the demo trajecten's evidence and the bijlagen of the demo's published besluiten are
        /// not what these tests are about).
        /// </summary>
        public async Task<List<string>> BestandenAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            return await db.Bestanden.Where(b => !db.TrajectStappen.SelectMany(s => s.Bewijs).Any(x => x.BestandId == b.Id)
                    && !db.Bijlagen.Any(x => x.BestandId == b.Id && db.Voorstellen.Any(v => v.Id == x.VoorstelId && v.GepubliceerdOp != null)))
                .Select(b => b.Bestandsnaam).ToListAsync();
        }

        public async Task<List<Guid>> BewijsbestandenAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            return await db.Bestanden.Where(b => db.TrajectStappen.SelectMany(s => s.Bewijs).Any(x => x.BestandId == b.Id))
                .Select(b => b.Id).ToListAsync();
        }
    }

    private static (string, string, byte[]) Pdf(int rij, string naam) => ($"Invoer.NieuweBijlagen[{rij}].Bestand", naam, Route.Pdf);

    [Fact]
    public async Task Verweesde_uploads_gaan_weg_na_de_wachttijd_en_een_bijlage_blijft_altijd()
    {
        using var app = new Fabriek();
        var route = new Route(app);
        var steller = await route.AlsAsync("steller");

        // A form that came back with an error: its upload waits for a save that never comes.
        var mislukt = await steller.VerstuurAsync(Url, new() { ["Invoer.Onderwerp"] = "Opruimen: mislukt", ["Invoer.Kosten"] = "veel" },
            knop: "Concept opslaan", bestanden: [Pdf(0, "wees.pdf")]);
        mislukt.StatusCode.ShouldBe(HttpStatusCode.OK);

        // A draft with two attachments, one of which is removed again.
        var concept = await steller.VerstuurAsync(Url, new()
        {
            ["Invoer.Onderwerp"] = "Opruimen: concept", ["Invoer.NieuweBijlagen[0].Naam"] = "Blijft", ["Invoer.NieuweBijlagen[1].Naam"] = "Weg",
        }, knop: "Concept opslaan", bestanden: [Pdf(0, "blijft.pdf"), Pdf(1, "weg.pdf")]);
        concept.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(concept));
        var bewerken = concept.Headers.Location!.OriginalString;
        var verwijderd = await steller.VerstuurAsync(bewerken, new() { ["Invoer.BestaandeBijlagen[1].Verwijderen"] = "true" }, knop: "Concept opslaan");
        verwijderd.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(verwijderd));

        // A submitted proposal with its attachment.
        var velden = Route.VolledigVoorstel("Opruimen: ingediend");
        velden["Invoer.NieuweBijlagen[0].Naam"] = "Ingediend";
        velden["Invoer.NieuweBijlagen[0].Openbaar"] = "true";
        await route.IndienenAsync("steller", velden, [("Invoer.NieuweBijlagen[0].Bestand", "ingediend.pdf", Route.Pdf)]);

        string[] alle = ["wees.pdf", "blijft.pdf", "weg.pdf", "ingediend.pdf"];
        (await app.BestandenAsync()).ShouldBe(alle, ignoreOrder: true);

        app.VerstelbareKlok.Verschuiving += TimeSpan.FromHours(23);
        (await app.RuimOpAsync()).ShouldBe(0, "binnen de wachttijd blijft alles");
        (await app.BestandenAsync()).ShouldBe(alle, ignoreOrder: true);

        app.VerstelbareKlok.Verschuiving += TimeSpan.FromHours(2);
        await steller.InloggenAsync("steller"); // the session of a day ago has expired
        var jong = await steller.VerstuurAsync(Url, new() { ["Invoer.Onderwerp"] = "Opruimen: net mislukt", ["Invoer.Kosten"] = "veel" },
            knop: "Concept opslaan", bestanden: [Pdf(0, "vers.pdf")]);
        jong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.RuimOpAsync()).ShouldBe(2);
        (await app.BestandenAsync()).ShouldBe(["blijft.pdf", "ingediend.pdf", "vers.pdf"], ignoreOrder: true);

        // The draft and the submitted proposal still serve their files.
        var id = int.Parse(bewerken.Split('/').Last());
        var bijlage = (await route.LaadAsync(id)).Bijlagen.ShouldHaveSingleItem();
        (await steller.Http.GetAsync($"/Voorstellen/{id}/Bijlagen/{bijlage.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bewijs_van_een_traject_wordt_nooit_opgeruimd()
    {
        using var app = new Fabriek();
        var bewijs = await app.BewijsbestandenAsync();
        bewijs.Count.ShouldBeGreaterThan(20, "de demotrajecten hebben hun verslagen en plannen als bestand");

        app.VerstelbareKlok.Verschuiving += TimeSpan.FromDays(400);
        await app.RuimOpAsync();

        (await app.BewijsbestandenAsync()).ShouldBe(bewijs, ignoreOrder: true);
    }

    [Fact]
    public async Task Een_upload_die_intussen_is_opgeruimd_wordt_gemeld_en_niet_stil_weggelaten()
    {
        using var app = new Fabriek();
        var steller = await new Route(app).AlsAsync("steller");
        var mislukt = await steller.VerstuurAsync(Url, new()
        {
            ["Invoer.Onderwerp"] = "Opruimen: later verder", ["Invoer.Kosten"] = "veel", ["Invoer.NieuweBijlagen[0].Naam"] = "Raming",
        }, knop: "Concept opslaan", bestanden: [Pdf(0, "raming.pdf")]);
        mislukt.StatusCode.ShouldBe(HttpStatusCode.OK);
        var formulier = (await TestKlant.LeesAsync(mislukt)).QuerySelector<IHtmlFormElement>("main form[method=post]")!;

        app.VerstelbareKlok.Verschuiving += TimeSpan.FromDays(2);
        (await app.RuimOpAsync()).ShouldBe(1);

        await steller.InloggenAsync("steller");
        var later = await steller.VerstuurAsync(Url, formulier, new() { ["Invoer.Kosten"] = "1000" }, knop: "Concept opslaan");
        later.StatusCode.ShouldBe(HttpStatusCode.OK, "zonder de bijlage opslaan zou hem stil laten vallen");
        var pagina = await TestKlant.LeesAsync(later);
        (await Route.Fouten(later)).ShouldContain("'Raming' is niet meer beschikbaar");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe("Opruimen: later verder");
    }
}

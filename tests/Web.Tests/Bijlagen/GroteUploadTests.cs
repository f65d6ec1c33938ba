using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Bijlagen;

/// <summary>
/// Uploads far over the per-file limit, through real HTTP on Kestrel: the file is refused at its row with the same
/// message whatever its size, everything typed stays, nothing is stored; only a body over the hard cap is a 413.
/// </summary>
public sealed class GroteUploadTests(GroteUploadTests.Fabriek fabriek) : IClassFixture<GroteUploadTests.Fabriek>
{
    private const long MiB = 1024 * 1024;

    /// <summary>The app on a real port, with a hard cap of 256 MiB for one request.</summary>
    public sealed class Fabriek : BesluitvormingFabriek, IAsyncLifetime
    {
        public Fabriek() => ExtraInstellingen["Bijlagen:MaxVerzoekBytes"] = (256 * MiB).ToString();

        public ValueTask InitializeAsync()
        {
            UseKestrel(0);
            StartServer();
            Basisadres = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
            return ValueTask.CompletedTask;
        }

        public new ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>A browser-like client that waits for the server's go-ahead before sending a large body.</summary>
        public async Task<TestKlant> StellerAsync()
        {
            var klant = new TestKlant(new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseCookies = true, CookieContainer = new(), Expect100ContinueTimeout = TimeSpan.FromMinutes(2),
            }) { BaseAddress = Basisadres, Timeout = TimeSpan.FromMinutes(5) });
            await klant.InloggenAsync("steller");
            return klant;
        }
    }

    [Theory]
    [InlineData(190 * MiB)]
    [InlineData(200 * MiB)]
    public async Task Te_groot_bestand_krijgt_de_groottemelding_bij_de_regel_en_alle_invoer_blijft(long grootte)
    {
        var steller = await fabriek.StellerAsync();
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var onderwerp = $"Groot bestand {grootte}";

        var antwoord = await Uploadformulier.VerstuurAsync(steller, formulier, "/Voorstellen/Bewerken", "Opslaan", new()
        {
            ["Invoer.Onderwerp"] = onderwerp,
            ["Invoer.Aanleiding"] = "Getypt voor de upload, mag niet verloren gaan.",
            ["Invoer.NieuweBijlagen[0].Naam"] = "Het grote rapport",
            ["Invoer.NieuweBijlagen[0].Soort"] = "3", // Raadsvoorstel
        }, Uploadformulier.Gegenereerd("Invoer.NieuweBijlagen[0].Bestand", "rapport.pdf", grootte));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await Route.Fouten(antwoord));
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("span.veld-fout[data-valmsg-for='Invoer.NieuweBijlagen[0].Bestand']")!.TextContent.Trim()
            .ShouldBe($"Het bestand 'rapport.pdf' is {BijlageOpslag.Grootte(grootte)}; de grens is 20 MB.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe(onderwerp);
        pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.Aanleiding']")!.Value.ShouldBe("Getypt voor de upload, mag niet verloren gaan.");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.NieuweBijlagen[0].Naam']")!.Value.ShouldBe("Het grote rapport");
        pagina.QuerySelector<IHtmlSelectElement>("select[name='Invoer.NieuweBijlagen[0].Soort']")!.Value.ShouldBe("3");

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.Bestanden.AnyAsync(b => b.Bestandsnaam == "rapport.pdf")).ShouldBeFalse();
        (await db.Voorstellen.AnyAsync(v => v.Onderwerp == onderwerp)).ShouldBeFalse("het formulier had een fout");
    }

    [Fact]
    public async Task Verzoek_boven_de_harde_grens_krijgt_een_nederlandse_413_pagina()
    {
        var steller = await fabriek.StellerAsync();
        var formulier = await Uploadformulier.FormulierAsync(steller);

        var antwoord = await Uploadformulier.VerstuurAsync(steller, formulier, "/Voorstellen/Bewerken", "Opslaan",
            new() { ["Invoer.Onderwerp"] = "Veel te groot" },
            Uploadformulier.Gegenereerd("Invoer.NieuweBijlagen[0].Bestand", "enorm.pdf", 300 * MiB));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Te groot om te versturen");
        pagina.Body!.TextContent.ShouldContain("20 MB");
    }
}

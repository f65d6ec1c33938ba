using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Tests.Bijlagen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// The create form's idempotency key: a form sent twice makes one proposal, yet a later save with the same key is
/// never dropped, a missing key shares nothing, and a key of someone else's draft does not reach that draft.
/// </summary>
public sealed class AanmaakSleutelTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private const string Url = "/Voorstellen/Bewerken";
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Tweede_opslag_met_zelfde_sleutel_bewaart_de_nieuwe_inhoud()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);

        var eerste = await steller.VerstuurAsync(Url, formulier,
            new() { ["Invoer.Onderwerp"] = "Sleutel: eerste versie", ["Invoer.Aanleiding"] = "Eerste aanleiding." }, knop: "Concept opslaan");
        var tweede = await steller.VerstuurAsync(Url, formulier,
            new() { ["Invoer.Onderwerp"] = "Sleutel: tweede versie", ["Invoer.Aanleiding"] = "Tweede aanleiding." }, knop: "Concept opslaan");

        var id = IdUit(eerste);
        IdUit(tweede).ShouldBe(id, "dezelfde sleutel hoort bij hetzelfde concept");
        var v = await _route.LaadAsync(id);
        v.Onderwerp.ShouldBe("Sleutel: tweede versie");
        v.Aanleiding.ShouldBe("Tweede aanleiding.");
        (await AantalAsync(v.AanmaakSleutel)).ShouldBe(1);
    }

    [Fact]
    public async Task Terug_in_de_browser_en_indienen_dient_de_nieuwe_tekst_in()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var oud = Route.VolledigVoorstel("Terug: oude tekst");
        oud["Invoer.Aanleiding"] = "De oude aanleiding.";
        var id = IdUit(await steller.VerstuurAsync(Url, formulier, oud, knop: "Concept opslaan"));

        // Back in the browser: the same new form, now with the text the steller meant.
        var nieuw = Route.VolledigVoorstel("Terug: nieuwe tekst");
        nieuw["Invoer.Aanleiding"] = "De nieuwe aanleiding.";
        var antwoord = await steller.VerstuurAsync(Url, formulier, nieuw, knop: "Opslaan en indienen");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        antwoord.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/{id}");
        var v = await _route.LaadAsync(id);
        v.Registratienummer.ShouldNotBeNull();
        v.Onderwerp.ShouldBe("Terug: nieuwe tekst");
        v.Aanleiding.ShouldBe("De nieuwe aanleiding.");
    }

    [Fact]
    public async Task Formulieren_zonder_sleutel_delen_geen_concept()
    {
        var steller = await _route.AlsAsync("steller");
        var ander = await _route.AlsAsync("projectleider");

        var a = await ZonderSleutelAsync(steller, "Zonder sleutel: steller 1", sleutel: null);
        var b = await ZonderSleutelAsync(ander, "Zonder sleutel: projectleider", sleutel: null);
        var c = await ZonderSleutelAsync(steller, "Zonder sleutel: steller 2", sleutel: "");
        var d = await ZonderSleutelAsync(ander, "Zonder sleutel: projectleider 2", sleutel: Guid.Empty.ToString());

        new[] { a, b, c, d }.Distinct().Count().ShouldBe(4);
        (await _route.LaadAsync(a)).Onderwerp.ShouldBe("Zonder sleutel: steller 1");
        (await _route.LaadAsync(b)).StellerId.ShouldBe(await GebruikerIdAsync("projectleider"));
        (await _route.LaadAsync(d)).StellerId.ShouldBe(await GebruikerIdAsync("projectleider"));
        (await _route.LaadAsync(c)).AanmaakSleutel.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Sleutel_van_een_andere_steller_bereikt_diens_concept_niet()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var sleutel = Sleutel(formulier);
        var vanSteller = IdUit(await steller.VerstuurAsync(Url, formulier, new() { ["Invoer.Onderwerp"] = "Sleutel: van de steller" }, knop: "Concept opslaan"));

        var ander = await _route.AlsAsync("projectleider");
        var antwoord = await ander.VerstuurAsync(Url, await Uploadformulier.FormulierAsync(ander),
            new() { ["Invoer.AanmaakSleutel"] = sleutel, ["Invoer.Onderwerp"] = "Sleutel: van een ander" }, knop: "Concept opslaan");

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var eigen = IdUit(antwoord);
        eigen.ShouldNotBe(vanSteller);
        (await _route.LaadAsync(vanSteller)).Onderwerp.ShouldBe("Sleutel: van de steller");
        var nieuw = await _route.LaadAsync(eigen);
        nieuw.Onderwerp.ShouldBe("Sleutel: van een ander");
        nieuw.StellerId.ShouldBe(await GebruikerIdAsync("projectleider"));
    }

    [Fact]
    public async Task Dubbel_verstuurd_formulier_maakt_een_voorstel_met_een_bijlage()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var velden = new Dictionary<string, string?> { ["Invoer.Onderwerp"] = "Dubbel met bijlage", ["Invoer.NieuweBijlagen[0].Naam"] = "Notitie" };
        (string, string, byte[])[] bestand = [("Invoer.NieuweBijlagen[0].Bestand", "notitie.pdf", Route.Pdf)];

        var eerste = await steller.VerstuurAsync(Url, formulier, velden, knop: "Concept opslaan", bestanden: bestand);
        var tweede = await steller.VerstuurAsync(Url, formulier, velden, knop: "Concept opslaan", bestanden: bestand);

        IdUit(tweede).ShouldBe(IdUit(eerste));
        var v = await _route.LaadAsync(IdUit(eerste));
        v.Bijlagen.ShouldHaveSingleItem().Naam.ShouldBe("Notitie");
        v.Gebeurtenissen.Count(g => g.Soort == "Gewijzigd").ShouldBe(0, "er veranderde niets");
    }

    [Fact]
    public async Task Dubbel_verstuurd_indienen_toont_het_ingediende_voorstel()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var velden = Route.VolledigVoorstel("Dubbel ingediend na elkaar");

        var eerste = await steller.VerstuurAsync(Url, formulier, velden, knop: "Opslaan en indienen");
        var tweede = await steller.VerstuurAsync(Url, formulier, velden, knop: "Opslaan en indienen");

        eerste.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(eerste));
        tweede.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(tweede));
        tweede.Headers.Location.ShouldBe(eerste.Headers.Location);
        var v = await _route.LaadAsync(IdUit(eerste));
        v.Gebeurtenissen.Count(g => g.Soort == "Indienen").ShouldBe(1);
        (await steller.PaginaAsync(tweede.Headers.Location!.OriginalString)).QuerySelector(".melding--succes")!
            .TextContent.ShouldContain(v.Registratienummer!);
    }

    private async Task<int> ZonderSleutelAsync(TestKlant klant, string onderwerp, string? sleutel)
    {
        var formulier = await Uploadformulier.FormulierAsync(klant);
        if (sleutel is null) formulier.QuerySelector("input[name='Invoer.AanmaakSleutel']")!.Remove();
        var waarden = new Dictionary<string, string?> { ["Invoer.Onderwerp"] = onderwerp };
        if (sleutel is not null) waarden["Invoer.AanmaakSleutel"] = sleutel;
        var antwoord = await klant.VerstuurAsync(Url, formulier, waarden, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{onderwerp}: {await Route.Fouten(antwoord)}");
        return IdUit(antwoord);
    }

    private static string Sleutel(IHtmlFormElement formulier) =>
        formulier.QuerySelector<IHtmlInputElement>("input[name='Invoer.AanmaakSleutel']")!.Value;

    private static int IdUit(HttpResponseMessage antwoord)
    {
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(antwoord.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last());
    }

    private async Task<int> AantalAsync(Guid sleutel)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync(v => v.AanmaakSleutel == sleutel);
    }

    private async Task<string> GebruikerIdAsync(string gebruikersnaam)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Users
            .Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync();
    }
}

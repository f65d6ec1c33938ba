using System.Net;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Overzicht;

/// <summary>
/// The overview's search, which reads an index on SQLite (FTS5 trigram table, for 3+ characters) and PostgreSQL (pg_trgm),
/// means what it meant as a LIKE over every row: a case-insensitive substring of the number or the subject, what the
/// user typed taken literally, current after every change of the subject. Each test searches words only its own
/// proposals hold (the class shares one app).
/// </summary>
public class OverzichtZoekenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    protected BesluitvormingFabriek Fabriek { get; } = fabriek;

    /// <summary>The subjects the overview lists for the search (all on one page: the tests' words are rare).</summary>
    private async Task<List<string>> GevondenAsync(string zoek)
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var (antwoord, pagina) = await secretariaat.GetAsync($"/Overzicht?Zoek={Uri.EscapeDataString(zoek)}");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, $"zoeken op {zoek}");
        return pagina.QuerySelectorAll("table.overzicht tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(r => r.Length > 1).Select(r => r[1]).ToList();
    }

    [Fact]
    public async Task Hoofdletters_kleine_letters_en_een_deel_van_een_woord_vinden_hetzelfde_voorstel()
    {
        const string onderwerp = "Kwartiermaker Havenkwartier Zuidoost";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var nummer = (await _route.LaadAsync(id)).Registratienummer!;

        foreach (var zoek in new[] { onderwerp, "KWARTIERMAKER", "kwartiermaker", "kWaRtIeRmAkEr", "artierm", "ERMAKER HAVEN", "zuidoost", "  Zuidoost  ", nummer })
            (await GevondenAsync(zoek)).ShouldBe([onderwerp], $"zoeken op '{zoek}'");
        (await GevondenAsync("Kwartiermaker Zuidoost")).ShouldBeEmpty("een zoekterm is één stuk tekst, geen losse woorden");
    }

    [Fact]
    public async Task Een_voorstel_met_een_nieuwe_titel_wordt_op_de_nieuwe_titel_gevonden_en_niet_meer_op_de_oude()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Lantaarnpalen Esdoornlaan"));
        (await GevondenAsync("lantaarnpalen")).ShouldBe(["Lantaarnpalen Esdoornlaan"]);

        await _route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Graag een scherpere titel." });
        var steller = await _route.AlsAsync("steller");
        var wijzig = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", new() { ["Invoer.Onderwerp"] = "Fietsenstalling Esdoornlaan" },
            knop: "Concept opslaan");
        wijzig.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(wijzig));

        (await GevondenAsync("lantaarnpalen")).ShouldBeEmpty("de oude titel");
        (await GevondenAsync("FIETSENSTALLING")).ShouldBe(["Fietsenstalling Esdoornlaan"]);
        (await GevondenAsync("Esdoornlaan")).ShouldBe(["Fietsenstalling Esdoornlaan"], "één keer, niet ook onder de oude titel");
    }

    [Fact]
    public async Task Zoeken_op_een_of_twee_tekens_vindt_nog_steeds()
    {
        const string onderwerp = "Jq-overleg Vlonderpad";
        await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));

        (await GevondenAsync("Jq")).ShouldBe([onderwerp]);
        (await GevondenAsync("jQ")).ShouldBe([onderwerp]);
        var een = await GevondenAsync("q");
        een.ShouldContain(onderwerp);
        een.ShouldAllBe(o => o.Contains('q', StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Procent_liggend_streepje_en_aanhalingstekens_worden_letterlijk_gezocht()
    {
        const string onderwerp = "Korting 100% op \"Stadspas\" voor d'n_Oever";
        await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));

        foreach (var zoek in new[] { "100%", "0% op", "\"Stadspas\"", "\"stadspas", "d'n_oever", "n_O", "'n" })
            (await GevondenAsync(zoek)).ShouldBe([onderwerp], $"zoeken op '{zoek}'");
        foreach (var teken in new[] { "%", "_", "'", "\"" })
        {
            var gevonden = await GevondenAsync(teken);
            gevonden.ShouldContain(onderwerp, $"zoeken op '{teken}'");
            gevonden.ShouldAllBe(o => o.Contains(teken), $"zoeken op '{teken}' is geen joker");
        }
        // As wildcards or search syntax these would find it; taken literally they do not.
        foreach (var zoek in new[] { "10_%", "K%g", "Kort_ng", "Korting OR Oever", "Stadspas*", "NEAR(Korting Oever)", "Korting\\%" })
            (await GevondenAsync(zoek)).ShouldBeEmpty($"zoeken op '{zoek}'");
    }
}

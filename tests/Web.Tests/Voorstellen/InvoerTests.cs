using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// Numbers, yes/no, dates and text are read as the user meant them, or refused with a Dutch message at the field;
/// never a server error, never a value nobody typed. The same on SQLite and PostgreSQL.
/// </summary>
public class InvoerTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<HttpResponseMessage> BewaarAsync(string onderwerp, Dictionary<string, string?> velden)
    {
        var steller = await _route.AlsAsync("steller");
        velden.TryAdd("Invoer.Onderwerp", onderwerp);
        return await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
    }

    private async Task<Voorstel> BewaardAsync(string onderwerp, Dictionary<string, string?> velden)
    {
        var antwoord = await BewaarAsync(onderwerp, velden);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        return await _route.LaadAsync(int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last()));
    }

    /// <summary>Posts, expects the form back with a message at the field, and nothing stored.</summary>
    private async Task<(IHtmlDocument Pagina, string Melding)> GeweigerdAsync(string onderwerp, string veld, Dictionary<string, string?> velden)
    {
        var antwoord = await BewaarAsync(onderwerp, velden);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, $"{veld}: het formulier komt terug");
        var pagina = await TestKlant.LeesAsync(antwoord);
        (await BestaatAsync(onderwerp)).ShouldBeFalse($"{veld}: er is niets opgeslagen");
        pagina.QuerySelector($"[name='{veld}']")!.ClassList.ShouldContain("input-validation-error", $"{veld} is gemarkeerd");
        return (pagina, Melding(pagina, veld));
    }

    private async Task<bool> BestaatAsync(string onderwerp)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Voorstellen.AnyAsync(v => v.Onderwerp == onderwerp);
    }

    private static string Melding(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"span.veld-fout[data-valmsg-for='{veld}']")?.TextContent.Trim() ?? "";

    [Theory]
    [InlineData("Invoer.Fte", "0.5", "0.5")]
    [InlineData("Invoer.Fte", "0,5", "0.5")]
    [InlineData("Invoer.Fte", "1,5", "1.5")]
    [InlineData("Invoer.Fte", "1.25", "1.25")]
    [InlineData("Invoer.Fte", "-0,25", "-0.25")]
    [InlineData("Invoer.Kosten", "60.000", "60000")]
    [InlineData("Invoer.Kosten", "60.000,50", "60000.50")]
    [InlineData("Invoer.Kosten", "1.500", "1500")]
    [InlineData("Invoer.Kosten", "0.5", "0.5")]
    [InlineData("Invoer.Baten", "1.250.000", "1250000")]
    public async Task Een_getal_wordt_opgeslagen_zoals_een_Nederlander_het_bedoelt(string veld, string invoer, string verwacht)
    {
        var v = await BewaardAsync($"Getal {veld} {invoer}", new() { [veld] = invoer });

        var opgeslagen = veld switch { "Invoer.Fte" => v.Fte, "Invoer.Kosten" => v.Kosten, _ => v.Baten };
        opgeslagen.ShouldBe(decimal.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Fte_1_punt_500_is_dubbelzinnig_en_krijgt_uitleg_bij_het_veld()
    {
        var (pagina, melding) = await GeweigerdAsync("Dubbelzinnige fte", "Invoer.Fte", new() { ["Invoer.Fte"] = "1.500" });

        melding.ShouldBe("Bedoelt u 1,5 of 1500? Schrijf decimalen met een komma (bijvoorbeeld 1,5) en duizendtallen zonder punt (bijvoorbeeld 1500).");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Fte']")!.Value.ShouldBe("1.500", "wat de gebruiker typte blijft staan");
    }

    [Theory]
    [InlineData("Invoer.Fte", "2147483648", "Vul een aantal fte tussen -10.000 en 10.000 in.")]
    [InlineData("Invoer.Fte", "1e30", "Vul een getal in cijfers in, bijvoorbeeld 2 of 0,5.")]
    [InlineData("Invoer.Fte", "79228162514264337593543950336", "Dit getal is te groot.")]
    [InlineData("Invoer.Fte", "0,125", "Vul een aantal fte in met ten hoogste twee cijfers achter de komma.")]
    [InlineData("Invoer.Kosten", "-1", "Vul een bedrag van 0 tot en met 999.999.999.999 euro in.")]
    [InlineData("Invoer.Kosten", "zestigduizend", "Vul een bedrag in cijfers in, bijvoorbeeld 60.000 of 60.000,50.")]
    [InlineData("Invoer.Kosten", "1.5.5", "Vul een bedrag in cijfers in, bijvoorbeeld 60.000 of 60.000,50.")]
    [InlineData("Invoer.Baten", "100,005", "Vul een bedrag in met ten hoogste twee cijfers achter de komma.")]
    public async Task Een_getal_buiten_bereik_of_onleesbaar_krijgt_een_melding_bij_het_veld(string veld, string invoer, string verwacht)
    {
        var (_, melding) = await GeweigerdAsync($"Getal {veld} {invoer}", veld, new() { [veld] = invoer });

        melding.ShouldBe(verwacht);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("ja")]
    [InlineData("TRUE")]
    public async Task Een_vinkje_als_on_yes_of_1_geldt_als_aangevinkt(string invoer)
    {
        var v = await BewaardAsync($"Vinkje {invoer}", new() { ["Invoer.RaadsbesluitNodig"] = invoer, ["Invoer.KostenPerJaar"] = invoer });

        v.RaadsbesluitNodig.ShouldBeTrue();
        v.KostenPerJaar.ShouldBeTrue();
    }

    [Fact]
    public async Task Een_vinkje_met_een_onbekende_waarde_komt_terug_met_een_melding()
    {
        var (_, melding) = await GeweigerdAsync("Vinkje misschien", "Invoer.BudgettaireConsequenties",
            new() { ["Invoer.BudgettaireConsequenties"] = "misschien", ["Invoer.RaadsbesluitNodig"] = "misschien" });

        melding.ShouldBe("Kies ja of nee.");
    }

    [Theory]
    [InlineData("1.5.5", "Vul een bestaande datum in, bijvoorbeeld 31-3-2025.")]
    [InlineData("2025-02-30", "Vul een bestaande datum in, bijvoorbeeld 31-3-2025.")]
    [InlineData("2025-06-15T12:00", "Vul een bestaande datum in, bijvoorbeeld 31-3-2025.")]
    [InlineData("9999-12-31", "Vul een datum tussen 1900 en 2200 in.")]
    public async Task Een_datum_die_niet_bestaat_of_niet_eenduidig_is_wordt_geweigerd(string invoer, string verwacht)
    {
        var (_, melding) = await GeweigerdAsync($"Datum {invoer}", "Invoer.GeplandBw", new() { ["Invoer.GeplandBw"] = invoer });

        melding.ShouldBe(verwacht);
    }

    [Fact]
    public async Task Een_datum_zoals_een_Nederlander_hem_typt_wordt_gelezen()
    {
        var v = await BewaardAsync("Datum getypt", new() { ["Invoer.GeplandBw"] = "31-12-2030", ["Invoer.GeplandDt"] = "2030-12-02" }); // a Tuesday and a Monday: meetings

        v.GeplandBw.ShouldBe(new DateOnly(2030, 12, 31));
        v.GeplandDt.ShouldBe(new DateOnly(2030, 12, 2));
    }

    [Fact]
    public async Task Stuurtekens_worden_verwijderd_en_de_tekst_wordt_opgeslagen_zoals_hij_terugkomt()
    {
        var v = await BewaardAsync("Voor\0stel\u0001 met\u001B stuurtekens", new()
        {
            ["Invoer.Aanleiding"] = "Regel een\r\n\tmet tab\0.",
            ["Invoer.Voorbesprekingen[0].Persoon"] = "\0Wethouder\u0007 Tax",
        });

        v.Onderwerp.ShouldBe("Voorstel met stuurtekens");
        v.Aanleiding.ShouldBe("Regel een\r\n\tmet tab.");
        v.Voorbesprekingen.Single().Persoon.ShouldBe("Wethouder Tax");
        var pagina = await (await _route.AlsAsync("steller")).PaginaAsync($"/Voorstellen/Bewerken/{v.Id}");
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe("Voorstel met stuurtekens");
    }

    [Fact]
    public async Task Een_te_lange_voorbespreking_wordt_geweigerd_en_niets_wordt_opgeslagen()
    {
        var (pagina, _) = await GeweigerdAsync("Te lange voorbespreking", "Invoer.Voorbesprekingen[0].Persoon",
            new() { ["Invoer.Voorbesprekingen[0].Persoon"] = new string('p', 301) });

        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Voorbesprekingen[0].Persoon']")!.Value.ShouldBe(new string('p', 301));
        pagina.QuerySelector(".melding--fout")!.TextContent.ShouldContain("niet opgeslagen");
    }

    [Theory]
    [InlineData("Invoer.Onderwerp", 500)]
    [InlineData("Invoer.Programma", 200)]
    [InlineData("Invoer.Portefeuillehouder", 200)]
    [InlineData("Invoer.Dekking", 1000)]
    [InlineData("Invoer.Aanleiding", 50000)]
    public async Task Een_te_lange_tekst_wordt_geweigerd_met_de_grens_in_de_melding(string veld, int maximum)
    {
        var (pagina, melding) = await GeweigerdAsync($"Te lang {veld}", veld, new() { [veld] = new string('x', maximum + 1) });

        melding.ShouldBe($"Gebruik ten hoogste {maximum:N0} tekens; dit zijn er {maximum + 1:N0}.".Replace(",", "."));
        pagina.QuerySelector($"[name='{veld}']")!.GetAttribute("maxlength").ShouldBe(maximum.ToString());
    }

    [Fact]
    public async Task Elk_tekstveld_van_het_voorstel_toont_zijn_grens()
    {
        var pagina = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");
        var grenzen = pagina.QuerySelectorAll("main form textarea, main form input[type=text], main form input[type=tel], main form input:not([type])")
            .Where(e => e.GetAttribute("inputmode") != "decimal")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("maxlength"));

        grenzen.Where(g => g.Value is null).Select(g => g.Key).ShouldBeEmpty("velden zonder maxlength");
        grenzen["Invoer.Onderwerp"].ShouldBe("500");
        grenzen["Invoer.Voorbesprekingen[0].Persoon"].ShouldBe("300");
        grenzen["Invoer.Secretaris"].ShouldBe("200");
        grenzen["Invoer.Inhuur"].ShouldBe("1000");
        grenzen["Invoer.Aspecten[2].Toelichting"].ShouldBe("50000");
        grenzen["Invoer.NieuweBijlagen[0].Naam"].ShouldBe("300");
    }

    [Fact]
    public async Task Een_te_lang_behandelend_team_bij_het_collegebesluit_krijgt_een_melding_en_verandert_niets()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Te lang team"));
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        var voor = await _route.LaadAsync(id);

        var antwoord = await _route.ActieAsync("secretariaat", id, Triggers.Instemmen, new()
        {
            ["Invoer.Datum"] = Route.Datum(7), ["Invoer.Tekst"] = "Ingestemd.", ["Invoer.BehandelendTeam"] = new string('t', 51),
        });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Melding(pagina, "Invoer.BehandelendTeam").ShouldBe("Gebruik ten hoogste 50 tekens; dit zijn er 51.");
        pagina.QuerySelector("input[name='Invoer.BehandelendTeam']")!.GetAttribute("maxlength").ShouldBe("50");
        var na = await _route.LaadAsync(id);
        na.Versie.ShouldBe(voor.Versie);
        na.Status.ShouldBe("CollegeVanBW");
    }

    [Fact]
    public async Task Een_te_lange_toelichting_bij_een_regelset_krijgt_een_melding_en_er_komt_geen_versie_bij()
    {
        var beheerder = await _route.AlsAsync("beheerder");
        int Versies()
        {
            using var scope = fabriek.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().RegelsetVersies.Count(r => r.Naam == "poort-paraaf");
        }
        var voor = Versies();

        var antwoord = await beheerder.VerstuurAsync("/Beheer/Regels/poort-paraaf/Nieuw", new() { ["Toelichting"] = new string('r', 1001) });

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        Melding(pagina, "Toelichting").ShouldBe("Gebruik ten hoogste 1.000 tekens; dit zijn er 1.001.");
        pagina.QuerySelector("input[name='Toelichting']")!.GetAttribute("maxlength").ShouldBe("1000");
        Versies().ShouldBe(voor);
    }

    [Fact]
    public async Task Een_nul_teken_in_een_zoekopdracht_opmerking_of_reden_wordt_weggelaten()
    {
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel("Opmerking met nul"));
        var steller = await _route.AlsAsync("steller");

        var (zoek, _) = await (await _route.AlsAsync("secretariaat")).GetAsync("/Overzicht?Zoek=Opmerking%00met");
        zoek.StatusCode.ShouldBe(HttpStatusCode.OK);
        var opmerking = await steller.VerstuurAsync($"/Voorstellen/{id}", new() { ["tekst"] = "Graag\0 even bellen." },
            formulierSelector: "form[data-opmerking]");
        opmerking.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opmerking));
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Opmerking: Graag even bellen.");

        await _route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Graag\0 de dekking\u0007 uitwerken." });
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Soort == Triggers.Terugsturen && g.Reden == "Graag de dekking uitwerken.");
    }
}

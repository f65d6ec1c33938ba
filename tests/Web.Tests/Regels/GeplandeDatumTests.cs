using System.Text.RegularExpressions;
using Besluitvorming.Web.Tests.Mail;

namespace Besluitvorming.Web.Tests.Regels;

/// <summary>The app on Wednesday 3 March 2027: B&amp;W meets on Tuesdays, its agenda closes five working days before.</summary>
public sealed class WoensdagFabriek : BesluitvormingFabriek
{
    public static readonly DateOnly Vandaag = new(2027, 3, 3);

    public WoensdagFabriek()
    {
        var klok = new VerstelbareKlok();
        klok.ZetOp(new DateTimeOffset(Vandaag.ToDateTime(new TimeOnly(10, 0))));
        Klok = klok;
    }
}

/// <summary>
/// The planned meetings are chosen from the calendar: a date in the past or without a meeting is refused at its field
/// and stays chosen; a closed agenda is said in words by the rules, never as a negative number.
/// </summary>
public sealed class GeplandeDatumTests(WoensdagFabriek fabriek) : IClassFixture<WoensdagFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ConceptMetAsync(string onderwerp, string geplandBw, string? geplandDt = null)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = geplandBw;
        if (geplandDt is not null) velden["Invoer.GeplandDt"] = geplandDt;
        var steller = await _route.AlsAsync("steller");
        var opslaan = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        opslaan.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(opslaan));
        return await steller.PaginaAsync(opslaan.Headers.Location!.OriginalString);
    }

    private static string Regeltoets(AngleSharp.Html.Dom.IHtmlDocument formulier) =>
        formulier.QuerySelector(".regeltoets")!.TextContent;

    /// <summary>Posts the form with these planned dates and expects it back, refused, with what was chosen still chosen.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GeweigerdMetAsync(string onderwerp, string geplandBw, string? geplandDt = null)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = geplandBw;
        if (geplandDt is not null) velden["Invoer.GeplandDt"] = geplandDt;
        var steller = await _route.AlsAsync("steller");
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var formulier = await TestKlant.LeesAsync(antwoord);
        formulier.QuerySelector("[name='Invoer.Onderwerp']")!.GetAttribute("value").ShouldBe(onderwerp);
        return formulier;
    }

    private static string Fout(AngleSharp.Html.Dom.IHtmlDocument formulier, string veld) =>
        formulier.QuerySelector($"[data-valmsg-for='{veld}']")!.TextContent.Trim();

    private static (string? Waarde, string Tekst) Gekozen(AngleSharp.Html.Dom.IHtmlDocument formulier, string veld) =>
        formulier.QuerySelector($"select[name='{veld}'] option[selected]") is { } o ? (o.GetAttribute("value"), o.TextContent) : (null, "");

    [Fact]
    public async Task Een_collegevergadering_in_het_verleden_wordt_geweigerd_en_blijft_gekozen()
    {
        // Tuesday 23 February 2027 has been; so has the DT of 15 February.
        var formulier = await GeweigerdMetAsync("Vergadering geweest", "2027-02-23", geplandDt: "2027-02-15");

        Fout(formulier, "Invoer.GeplandBw").ShouldBe("Deze vergadering is al geweest. Kies een vergadering uit de lijst.");
        Fout(formulier, "Invoer.GeplandDt").ShouldBe("Deze vergadering is al geweest. Kies een vergadering uit de lijst.");
        Gekozen(formulier, "Invoer.GeplandBw").ShouldBe(("2027-02-23", "di 23 februari 2027 (sluiting 16 februari) (geweest)"));
        formulier.QuerySelector("select[name='Invoer.GeplandBw']")!.GetAttribute("aria-invalid").ShouldBe("true");
        formulier.Body!.TextContent.ShouldNotMatch(@"-\s?\d+ werkdag");
    }

    [Fact]
    public async Task Een_dt_vergadering_na_de_collegevergadering_wordt_geweigerd_en_blijft_gekozen()
    {
        // The DT of Monday 19 April 2027 comes after the college of Tuesday 13 April: the route would run backwards.
        var formulier = await GeweigerdMetAsync("DT na college", "2027-04-13", geplandDt: "2027-04-19");

        Fout(formulier, "Invoer.GeplandDt").ShouldBe("De DT-vergadering moet vóór de collegevergadering liggen.");
        Fout(formulier, "Invoer.GeplandBw").ShouldBeEmpty();
        Gekozen(formulier, "Invoer.GeplandDt").Waarde.ShouldBe("2027-04-19");
        Gekozen(formulier, "Invoer.GeplandBw").Waarde.ShouldBe("2027-04-13");
    }

    [Fact]
    public async Task Een_datum_zonder_vergadering_wordt_geweigerd_en_blijft_gekozen()
    {
        // Thursday 15 April 2027: the college meets on Tuesdays; Tuesday 6 April is no DT meeting (Mondays).
        var formulier = await GeweigerdMetAsync("Donderdag", "2027-04-15", geplandDt: "2027-04-06");

        Fout(formulier, "Invoer.GeplandBw").ShouldBe("Kies een vergadering uit de lijst.");
        Fout(formulier, "Invoer.GeplandDt").ShouldBe("Kies een vergadering uit de lijst.");
        Gekozen(formulier, "Invoer.GeplandBw").ShouldBe(("2027-04-15", "do 15 april 2027 (geen vergadering)"));
        Gekozen(formulier, "Invoer.GeplandDt").ShouldBe(("2027-04-06", "di 6 april 2027 (geen vergadering)"));
    }

    [Fact]
    public async Task De_keuzelijst_noemt_de_komende_vergaderingen_met_hun_sluitingsdatum()
    {
        var formulier = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");

        var bw = formulier.QuerySelectorAll("select[name='Invoer.GeplandBw'] option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        bw[0].ShouldBe(("", "— kies een collegevergadering —"));
        // Today's Wednesday is past this week's Tuesday: the first is 9 March, whose agenda closed on 2 March.
        bw[1].ShouldBe(("2027-03-09", "di 9 maart 2027 (sluiting 2 maart)"));
        // Tweede Paasdag (29 March 2027) is no working day: the agenda of 30 March closes five working days before, on 22 March.
        bw.ShouldContain(("2027-03-30", "di 30 maart 2027 (sluiting 22 maart)"));
        bw.Skip(1).ShouldAllBe(o => o.Item1!.CompareTo("2027-03-03") > 0 && o.Item1!.CompareTo("2028-03-04") < 0);
        var dt = formulier.QuerySelectorAll("select[name='Invoer.GeplandDt'] option").Select(o => o.GetAttribute("value")).ToList();
        dt.ShouldContain("2027-03-22");
        dt.ShouldNotContain("2027-03-29", "geen DT-vergadering op Tweede Paasdag");
        formulier.QuerySelectorAll("select[name='Invoer.GeplandBw'] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe([""]);
    }

    [Fact]
    public async Task Een_vergadering_waarvan_de_agenda_gesloten_is_wordt_zo_genoemd()
    {
        // Tuesday 9 March 2027 is ahead, but its agenda closed on Tuesday 2 March.
        var formulier = await ConceptMetAsync("Agenda dicht", "2027-03-09");

        // The terugrekenplanning marks the concept late; its rule names the closed agenda and the first meeting it still reaches.
        var melding = formulier.QuerySelector(".regeltoets [data-regel='Terugrekenplanning: te laat']")!.TextContent;
        melding.ShouldContain("Te laat voor de collegevergadering van 9 maart 2027");
        melding.ShouldContain("sluit op 2 maart 2027");
        melding.ShouldContain("De eerste collegevergadering die het voorstel nog haalt, is die van ");
        formulier.QuerySelector(".regeltoets [data-regel='Agenda van de collegevergadering nog open']").ShouldBeNull("één bevinding voor één oorzaak");
        Regeltoets(formulier).ShouldNotMatch(@"-\s?\d");
        Regeltoets(formulier).ShouldNotContain("0 werkdagen");
    }

    [Fact]
    public async Task Een_vergaderdatum_ver_genoeg_vooruit_geeft_geen_datummelding()
    {
        // Far enough for the terugrekenplanning too, which before submission also counts on an OR meeting.
        var formulier = await ConceptMetAsync("Op tijd", "2027-06-08", geplandDt: "2027-05-31");

        foreach (var regel in new[] { "Geplande data niet in het verleden", "Collegevergadering op de geplande datum",
                     "Directieteam op de geplande datum", "Agenda van de collegevergadering nog open", "Terugrekenplanning: te laat", "Terugrekenplanning: risico" })
            formulier.QuerySelector($".regeltoets [data-regel='{regel}']").ShouldBeNull(regel);
    }
}

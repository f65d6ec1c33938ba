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

/// <summary>A planned date in the past, a day without a meeting or a closed agenda is said in words, never as a negative number.</summary>
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

    [Fact]
    public async Task Een_collegevergadering_in_het_verleden_wordt_zo_genoemd_en_nooit_met_negatieve_werkdagen()
    {
        // Tuesday 23 February 2027 has been; its agenda closed on 16 February.
        var formulier = await ConceptMetAsync("Vergadering geweest", "2027-02-23", geplandDt: "2027-02-15");

        formulier.QuerySelector(".regeltoets [data-regel='Geplande data niet in het verleden']")!.TextContent
            .ShouldContain("Deze geplande datum ligt in het verleden: DT d.d. 15 februari 2027, B&W d.d. 23 februari 2027. Kies een vergadering die nog moet komen.");
        Regeltoets(formulier).ShouldNotMatch(@"-\s?\d");
        formulier.QuerySelector(".regeltoets [data-regel='Terugrekenplanning tot de sluitingsdatum']").ShouldBeNull();
    }

    [Fact]
    public async Task Een_vergadering_waarvan_de_agenda_gesloten_is_wordt_zo_genoemd()
    {
        // Tuesday 9 March 2027 is ahead, but its agenda closed on Tuesday 2 March.
        var formulier = await ConceptMetAsync("Agenda dicht", "2027-03-09");

        formulier.QuerySelector(".regeltoets [data-regel='Agenda van de collegevergadering nog open']")!.TextContent
            .ShouldContain("De agenda van de collegevergadering van 9 maart 2027 is gesloten sinds 2 maart 2027. Kies een latere collegevergadering.");
        Regeltoets(formulier).ShouldNotMatch(@"-\s?\d");
        Regeltoets(formulier).ShouldNotContain("0 werkdagen");
    }

    [Fact]
    public async Task Een_datum_waarop_het_college_niet_vergadert_wordt_genoemd_met_de_eerstvolgende_vergadering()
    {
        var formulier = await ConceptMetAsync("Donderdag", "2027-04-15", geplandDt: "2027-04-06");

        formulier.QuerySelector(".regeltoets [data-regel='Collegevergadering op de geplande datum']")!.TextContent
            .ShouldContain("Op 15 april 2027 vergadert het college niet volgens de vergaderkalender; de eerstvolgende collegevergadering is op 20 april 2027.");
        formulier.QuerySelector(".regeltoets [data-regel='Directieteam op de geplande datum']")!.TextContent
            .ShouldContain("Op 6 april 2027 vergadert het directieteam niet volgens de vergaderkalender.");
    }

    [Fact]
    public async Task Een_vergaderdatum_ver_genoeg_vooruit_geeft_geen_datummelding()
    {
        var formulier = await ConceptMetAsync("Op tijd", "2027-05-11", geplandDt: "2027-04-26");

        foreach (var regel in new[] { "Geplande data niet in het verleden", "Collegevergadering op de geplande datum",
                     "Directieteam op de geplande datum", "Agenda van de collegevergadering nog open", "Terugrekenplanning tot de sluitingsdatum" })
            formulier.QuerySelector($".regeltoets [data-regel='{regel}']").ShouldBeNull(regel);
    }
}

using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Definities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>The app on Monday 1 March 2027, four weeks before Easter (Tweede Paasdag is 29 March).</summary>
public sealed class MaandagVoorPasenFabriek : BesluitvormingFabriek
{
    public MaandagVoorPasenFabriek()
    {
        var klok = new VerstelbareKlok();
        klok.ZetOp(new DateTimeOffset(new DateTime(2027, 3, 1, 10, 0, 0)));
        Klok = klok;
    }
}

/// <summary>The terugrekenplanning on the proposal page, and the deadline it gives the paraaf.</summary>
public sealed class PlanningTests(MaandagVoorPasenFabriek fabriek) : IClassFixture<MaandagVoorPasenFabriek>
{
    private readonly Route _route = new(fabriek);

    private static Dictionary<string, string?> Voorstel(string onderwerp, string geplandBw)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = geplandBw;
        return velden;
    }

    private static List<(string? Poort, string Uiterlijk, string Stand)> Planning(AngleSharp.Html.Dom.IHtmlDocument pagina) =>
        pagina.QuerySelectorAll("#planning tbody tr").Select(r =>
        {
            var cellen = r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            return (r.GetAttribute("data-poort"), cellen[1], cellen[2]);
        }).ToList();

    [Fact]
    public async Task Het_voorstel_toont_per_poort_de_uiterste_datum_en_de_paraaf_krijgt_die_als_termijn()
    {
        // B&W on 6 April closes on 30 March; no DT on Tweede Paasdag, so the last DT before that is 22 March
        // (closing 17 March); advice takes ten working days: the paraaf must be given by 3 March.
        var id = await _route.IndienenAsync("steller", Voorstel("Planning vanaf 6 april", "2027-04-06"));

        var pagina = await (await _route.AlsAsync("steller")).PaginaAsync($"/Voorstellen/{id}");

        Planning(pagina).ShouldBe([
            ("Concept", "26 februari 2027", "Afgerond"),
            ("ParaafAfdelingshoofd", "3 maart 2027", "Op schema"),
            ("InAdvies", "17 maart 2027", "Op schema"),
            ("Directieteam", "22 maart 2027", "Op schema"),
            ("OndernemingsRaad", "–", "Overgeslagen"),
            ("CollegeVanBW", "6 april 2027", "Op schema"),
        ]);
        // Three working days would be 4 March; the planning needs the paraaf a day earlier.
        var v = await _route.LaadAsync(id);
        v.Taken.Single(t => t.IsOpen && t.Soort == Taaksoorten.Paraaf).Deadline.ShouldBe(new DateOnly(2027, 3, 3));
        pagina.QuerySelector(".stand")!.TextContent.ShouldContain("uiterlijk 3 maart 2027");
    }

    [Fact]
    public async Task Een_opgeslagen_datum_zonder_vergadering_blijft_bewaard_en_de_planning_zegt_waarom_ze_ontbreekt()
    {
        var steller = await _route.AlsAsync("steller");
        var opslaan = await steller.VerstuurAsync("/Voorstellen/Bewerken", Voorstel("Oude datum", "2027-04-13"), knop: "Concept opslaan");
        opslaan.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(opslaan));
        var id = int.Parse(opslaan.Headers.Location!.OriginalString.Split('/').Last());
        // Old data: a Thursday, stored before dates were chosen from the calendar.
        using (var scope = fabriek.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.Where(x => x.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.GeplandBw, new DateOnly(2027, 4, 15)));

        var formulier = await steller.PaginaAsync($"/Voorstellen/Bewerken/{id}");
        var gekozen = formulier.QuerySelector("select[name='Invoer.GeplandBw'] option[selected]")!;
        gekozen.GetAttribute("value").ShouldBe("2027-04-15");
        gekozen.TextContent.ShouldBe("do 15 april 2027 (geen vergadering)");

        var wijzig = await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", new() { ["Invoer.Onderwerp"] = "Oude datum, nieuwe titel" },
            knop: "Concept opslaan");
        wijzig.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(wijzig));
        var v = await _route.LaadAsync(id);
        v.Onderwerp.ShouldBe("Oude datum, nieuwe titel");
        v.GeplandBw.ShouldBe(new DateOnly(2027, 4, 15));

        var details = await steller.PaginaAsync($"/Voorstellen/{id}");
        details.QuerySelector("#planning-melding")!.TextContent
            .ShouldBe("Op donderdag 15 april 2027 vergadert het college niet volgens de vergaderkalender. Kies een collegevergadering uit de lijst; daaruit rekent de planning terug.");
        details.QuerySelector("#planning tbody").ShouldBeNull();
    }
}

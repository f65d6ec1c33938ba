using System.Globalization;
using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Termijnen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Besluitvorming.Web.Tests.Kalenders;

/// <summary>
/// The meeting calendar of DT, OR, B&amp;W and raad: generated from the pattern in seeds/kalenders, kept by the
/// bestuurssecretariaat (and the beheerder) at /Vergaderingen, and what the lead-time rules read.
/// </summary>
public sealed class VergaderingenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);
    private static readonly CultureInfo Nl = new("nl-NL");

    private async Task<List<Vergaderdatum>> VergaderingenAsync(int jaar)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var van = new DateOnly(jaar, 1, 1);
        var tot = new DateOnly(jaar, 12, 31);
        return await db.Vergaderkalender.AsNoTracking().Where(m => m.Datum >= van && m.Datum <= tot).OrderBy(m => m.Datum).ToListAsync();
    }

    [Fact]
    public async Task Elk_orgaan_vergadert_volgens_het_patroon_op_zijn_weekdag_en_tijd_met_zijn_sluitingsdatum()
    {
        var jaar = await VergaderingenAsync(2027);
        var college = jaar.Where(m => m.Soort == Vergadersoort.College).ToList();
        // 52 Tuesdays less Koningsdag (Tuesday 27 April 2027), a public holiday without a meeting.
        college.Count.ShouldBe(51);
        college.ShouldNotContain(m => m.Datum == new DateOnly(2027, 4, 27));
        college.ShouldAllBe(m => m.Datum.DayOfWeek == DayOfWeek.Tuesday && m.Aanvang == new TimeOnly(9, 30)
                                 && m.Sluitingsdatum == Werkdagen.Plus(m.Datum, -5) && m.Status == Vergaderstatus.Gepland);
        var dt = jaar.Where(m => m.Soort == Vergadersoort.Directieteam).ToList();
        // 52 Mondays less Tweede Paasdag (29 March) and Tweede Pinksterdag (17 May 2027).
        dt.Count.ShouldBe(50);
        dt.ShouldAllBe(m => m.Datum.DayOfWeek == DayOfWeek.Monday && m.Aanvang == new TimeOnly(13, 0) && m.Sluitingsdatum == Werkdagen.Plus(m.Datum, -3));
        // The OR on the second Wednesday, the raad on the last Thursday of each month; neither in the August recess.
        var or = jaar.Where(m => m.Soort == Vergadersoort.OndernemingsRaad).ToList();
        or.Select(m => m.Datum.Month).ShouldBe([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
        or.ShouldAllBe(m => m.Datum.DayOfWeek == DayOfWeek.Wednesday && m.Datum.Day >= 8 && m.Datum.Day <= 14 && m.Aanvang == new TimeOnly(14, 0));
        var raad = jaar.Where(m => m.Soort == Vergadersoort.Gemeenteraad).ToList();
        raad.Select(m => m.Datum.Month).ShouldBe([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
        raad.ShouldAllBe(m => m.Datum.DayOfWeek == DayOfWeek.Thursday && m.Datum.AddDays(7).Month != m.Datum.Month
                              && m.Aanvang == new TimeOnly(19, 30) && m.Sluitingsdatum == Werkdagen.Plus(m.Datum, -15));
        raad.First().Datum.ShouldBe(new DateOnly(2027, 1, 28));
        or.First().Datum.ShouldBe(new DateOnly(2027, 1, 13));
    }

    [Fact]
    public async Task Genereren_vult_een_kalender_met_alleen_college_en_dt_een_keer_aan_met_or_en_raad_en_hun_tijden()
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var map = DatabaseInitialisatie.SeedMap(scope.ServiceProvider.GetRequiredService<IHostEnvironment>(), "kalenders");
        var vandaag = DateOnly.Parse(Route.Datum(0));
        async Task<Dictionary<Vergadersoort, int>> TelAsync() =>
            await db.Vergaderkalender.GroupBy(m => m.Soort).ToDictionaryAsync(g => g.Key, g => g.Count());
        var voor = await TelAsync();
        voor.Keys.ShouldBe([Vergadersoort.College, Vergadersoort.Directieteam, Vergadersoort.OndernemingsRaad, Vergadersoort.Gemeenteraad], ignoreOrder: true);
        // A database from before this change: only College and DT, their start time at midnight (the migration's default).
        await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.OndernemingsRaad || m.Soort == Vergadersoort.Gemeenteraad).ExecuteDeleteAsync();
        await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.College).ExecuteUpdateAsync(s => s.SetProperty(m => m.Aanvang, TimeOnly.MinValue));

        await KalenderInitialisatie.InitialiseerAsync(db, map, vandaag);
        var na = await TelAsync();
        await KalenderInitialisatie.InitialiseerAsync(db, map, vandaag);

        na.ShouldBe(voor);
        (await TelAsync()).ShouldBe(voor);
        (await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.College).Select(m => m.Aanvang).Distinct().ToListAsync())
            .ShouldBe([new TimeOnly(9, 30)]);
    }

    [Fact]
    public async Task Het_bestuurssecretariaat_ziet_de_vergaderingen_per_orgaan_met_aanvang_en_sluitingsdatum()
    {
        var pagina = await (await _route.AlsAsync("secretariaat")).PaginaAsync("/Vergaderingen?Van=2027-03-01");
        var dinsdag = pagina.QuerySelector("tr[data-datum='2027-03-02'][data-soort='College']")!;
        dinsdag.TextContent.ShouldContain("dinsdag 2 maart 2027");
        dinsdag.TextContent.ShouldContain("09:30");
        dinsdag.TextContent.ShouldContain("23 februari 2027");
        pagina.QuerySelector("tr[data-datum='2027-03-10'][data-soort='OndernemingsRaad']").ShouldNotBeNull();

        var raad = await (await _route.AlsAsync("secretariaat")).PaginaAsync("/Vergaderingen?Van=2027-03-01&Soort=Gemeenteraad");
        raad.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-soort")).Distinct().ShouldBe(["Gemeenteraad"]);
        raad.QuerySelector("tbody tr")!.GetAttribute("data-datum").ShouldBe("2027-03-25");
        raad.QuerySelector("tbody tr")!.TextContent.ShouldContain("19:30");
    }

    [Theory]
    [InlineData("/Vergaderingen")]
    [InlineData("/Beheer/Vergaderkalender")]
    public async Task Een_steller_komt_niet_in_de_vergaderkalender_het_bestuurssecretariaat_en_de_beheerder_wel(string url)
    {
        var (geweigerd, _) = await (await _route.AlsAsync("steller")).GetAsync(url);
        geweigerd.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        geweigerd.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        var (anoniem, _) = await fabriek.Klant().GetAsync(url);
        anoniem.Headers.Location!.OriginalString.ShouldContain("/Account/Inloggen");
        foreach (var wie in new[] { "secretariaat", "beheerder" })
        {
            var (antwoord, pagina) = await (await _route.AlsAsync(wie)).GetAsync(url + "?Van=2027-03-01");
            if (url == "/Beheer/Vergaderkalender")
            {
                antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                antwoord.Headers.Location!.OriginalString.ShouldBe("/Vergaderingen?Van=2027-03-01");
                continue;
            }
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, wie);
            pagina.QuerySelector("tr[data-datum='2027-03-02'][data-soort='College']").ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Een_steller_kan_geen_vergadering_toevoegen_verplaatsen_of_annuleren()
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var vergadering = await db.Vergaderkalender.AsNoTracking().FirstAsync(m => m.Soort == Vergadersoort.College && m.Datum == new DateOnly(2027, 3, 9));
        var tokenpagina = await (await _route.AlsAsync("steller")).PaginaAsync("/Voorstellen/Bewerken");
        var token = tokenpagina.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var steller = await _route.AlsAsync("steller");
        foreach (var url in new[] { "/Vergaderingen", $"/Vergaderingen/{vergadering.Id}/Verplaatsen", $"/Vergaderingen/{vergadering.Id}/Annuleren" })
        {
            var antwoord = await steller.Http.PostAsync(url, new FormUrlEncodedContent([
                new("__RequestVerificationToken", token), new("Reden", "Ik wil het"), new("Invoer.Datum", "2027-03-11"),
                new("Invoer.Aanvang", "10:00"), new("Invoer.Sluitingsdatum", "2027-03-01"), new("Invoer.Reden", "Ik wil het")]));
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            antwoord.Headers.Location!.OriginalString.ShouldContain("/Account/Geweigerd");
        }
        (await db.Vergaderkalender.AsNoTracking().SingleAsync(m => m.Id == vergadering.Id)).ShouldSatisfyAllConditions(
            m => m.Datum.ShouldBe(new DateOnly(2027, 3, 9)), m => m.Status.ShouldBe(Vergaderstatus.Gepland));
        (await db.Vergaderkalender.CountAsync(m => m.Datum == new DateOnly(2027, 3, 11) && m.Soort == Vergadersoort.College)).ShouldBe(0);
    }

    [Fact]
    public async Task Sluitingsdatum_na_de_vergadering_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var antwoord = await (await _route.AlsAsync("secretariaat")).VerstuurAsync("/Vergaderingen", new()
        {
            ["Invoer.Soort"] = "Gemeenteraad", ["Invoer.Datum"] = "2027-03-04", ["Invoer.Aanvang"] = "19:30",
            ["Invoer.Sluitingsdatum"] = "2027-03-05", ["Invoer.Locatie"] = "Raadzaal, stadhuis",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("[data-valmsg-for='Invoer.Sluitingsdatum']")!.TextContent.ShouldBe("De sluitingsdatum ligt op of voor de vergaderdatum.");
        pagina.QuerySelector("select[name='Invoer.Soort'] option[selected]")!.GetAttribute("value").ShouldBe("Gemeenteraad");
        pagina.QuerySelector("input[name='Invoer.Datum']")!.GetAttribute("value").ShouldBe("2027-03-04");
        pagina.QuerySelector("input[name='Invoer.Sluitingsdatum']")!.GetAttribute("value").ShouldBe("2027-03-05");
        pagina.QuerySelector("input[name='Invoer.Aanvang']")!.GetAttribute("value")!.ShouldStartWith("19:30");
        pagina.QuerySelector("input[name='Invoer.Locatie']")!.GetAttribute("value").ShouldBe("Raadzaal, stadhuis");
        (await VergaderingenAsync(2027)).ShouldNotContain(m => m.Soort == Vergadersoort.Gemeenteraad && m.Datum == new DateOnly(2027, 3, 4));
    }

    [Fact]
    public async Task Verplaatsen_zonder_reden_of_naar_een_bezette_datum_geeft_een_melding_bij_het_veld_en_houdt_de_invoer()
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var vergadering = await db.Vergaderkalender.AsNoTracking().SingleAsync(m => m.Soort == Vergadersoort.College && m.Datum == new DateOnly(2027, 4, 6));
        var secretariaat = await _route.AlsAsync("secretariaat");

        var antwoord = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Verplaatsen", new()
        {
            ["Invoer.Datum"] = "2027-04-13", ["Invoer.Aanvang"] = "11:15", ["Invoer.Sluitingsdatum"] = "2027-04-01", ["Invoer.Reden"] = "",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector("[data-valmsg-for='Invoer.Reden']")!.TextContent.ShouldBe("Vul de reden in; de stellers krijgen die te lezen.");
        pagina.QuerySelector("[data-valmsg-for='Invoer.Datum']")!.TextContent.ShouldBe("Er is al een vergadering van het college van B&W op 13 april 2027.");
        pagina.QuerySelector("input[name='Invoer.Datum']")!.GetAttribute("value").ShouldBe("2027-04-13");
        pagina.QuerySelector("input[name='Invoer.Aanvang']")!.GetAttribute("value")!.ShouldStartWith("11:15");

        var onzin = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Verplaatsen", new()
        {
            ["Invoer.Datum"] = "2027-02-30", ["Invoer.Aanvang"] = "25:61", ["Invoer.Reden"] = "Dubbele boeking",
        });
        onzin.StatusCode.ShouldBe(HttpStatusCode.OK);
        var onzinpagina = await TestKlant.LeesAsync(onzin);
        onzinpagina.QuerySelector("[data-valmsg-for='Invoer.Datum']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        onzinpagina.QuerySelector("[data-valmsg-for='Invoer.Aanvang']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        onzinpagina.QuerySelector("textarea[name='Invoer.Reden']")!.TextContent.ShouldBe("Dubbele boeking");

        (await db.Vergaderkalender.AsNoTracking().SingleAsync(m => m.Id == vergadering.Id)).Datum.ShouldBe(new DateOnly(2027, 4, 6));
    }

    [Fact]
    public async Task Een_extra_vergadering_is_meteen_de_doelvergadering_van_de_terugrekenplanning()
    {
        var secretariaat = await _route.AlsAsync("secretariaat");
        var datum = DateOnly.Parse(Route.Datum(60));
        var sluiting = DateOnly.Parse(Route.Datum(3));
        while (datum.DayOfWeek != DayOfWeek.Thursday) datum = datum.AddDays(1);
        var toevoegen = await secretariaat.VerstuurAsync("/Vergaderingen", new()
        {
            ["Invoer.Soort"] = "College", ["Invoer.Datum"] = datum.ToString("yyyy-MM-dd"), ["Invoer.Aanvang"] = "09:30",
            ["Invoer.Sluitingsdatum"] = sluiting.ToString("yyyy-MM-dd"),
        });
        toevoegen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(toevoegen));

        var velden = Route.VolledigVoorstel("Extra collegevergadering");
        velden["Invoer.GeplandBw"] = datum.ToString("yyyy-MM-dd");
        var steller = await _route.AlsAsync("steller");
        var opslaan = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Concept opslaan");
        var formulier = await steller.PaginaAsync(opslaan.Headers.Location!.OriginalString);
        // The extra meeting closes its agenda early: the terugrekenplanning's verdict warns about exactly that meeting.
        var waarschuwing = formulier.QuerySelector(".regeltoets [data-regel='Terugrekenplanning: te laat']")!.TextContent;
        waarschuwing.ShouldContain($"Te laat voor de collegevergadering van {datum.ToString("d MMMM yyyy", Nl)}");
        waarschuwing.ShouldContain($"sluit op {sluiting.ToString("d MMMM yyyy", Nl)}");
        formulier.QuerySelector(".regeltoets [data-regel='Collegevergadering in de vergaderkalender']").ShouldBeNull();
    }
}

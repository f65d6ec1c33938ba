using System.Globalization;
using AngleSharp.Dom;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Overzicht;

/// <summary>
/// The overview as the bestuurssecretariaat's control room: the late marker (the domain's one definition), sorting
/// in SQL that is stable over pages, totals per project, and the same list exported as XLSX and CSV. Every test
/// makes its own proposals under a word of its own and searches on it, so the tests do not see each other's.
/// </summary>
public class OverzichtSorterenEnExportTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private Route _route = new(fabriek);

    private static List<IHtmlTableRowElement> Rijen(IHtmlDocument pagina) =>
        pagina.QuerySelectorAll<IHtmlTableRowElement>("table.overzicht tbody tr").ToList();

    private static string Onderwerp(IHtmlTableRowElement rij) => rij.Cells[1].TextContent.Trim();

    private async Task<int> IndienenAsync(string onderwerp)
    {
        // The tests here move the clock weeks on: a collegevergadering far enough ahead stays an upcoming one.
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = CollegeVergadering;
        return await _route.IndienenAsync("steller2", velden);
    }

    /// <summary>Tuesday 8 September 2026.</summary>
    private static readonly string CollegeVergadering = Route.Datum(90);

    /// <summary>Moves the app's clock on; the sessions expire with it, so the users sign in again.</summary>
    private void Verzet(int dagen)
    {
        fabriek.Klok.ZetOp(fabriek.Klok.GetUtcNow().AddDays(dagen));
        _route = new Route(fabriek);
    }

    [Fact]
    public async Task Een_voorstel_met_een_open_taak_over_de_deadline_staat_te_laat_met_wie_het_heeft()
    {
        var laat = await IndienenAsync("Laatmarker oud voorstel");
        Verzet(14);
        var opTijd = await IndienenAsync("Laatmarker vers voorstel");
        var vandaag = fabriek.Klok.Vandaag;
        var voorstel = await _route.LaadAsync(laat);
        voorstel.IsTeLaat(vandaag).ShouldBeTrue("de paraaf had binnen drie werkdagen gemoeten");
        (await _route.LaadAsync(opTijd)).IsTeLaat(vandaag).ShouldBeFalse();
        var houder = voorstel.OpenTaken.Single().HouderNaam;
        var secretariaat = await _route.AlsAsync("secretariaat");

        var rijen = Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Laatmarker"));

        var oud = rijen.Single(r => Onderwerp(r) == "Laatmarker oud voorstel");
        oud.ClassList.ShouldContain("te-laat");
        oud.Cells[8].TextContent.Trim().ShouldBe($"Te laat bij {houder}", "in woorden, niet alleen in kleur");
        var vers = rijen.Single(r => Onderwerp(r) == "Laatmarker vers voorstel");
        vers.ClassList.ShouldNotContain("te-laat");
        vers.Cells[8].TextContent.Trim().ShouldBe("Nee");
        Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Laatmarker&TeLaat=true")).Select(Onderwerp)
            .ShouldBe(["Laatmarker oud voorstel"]);
        var pagina = await secretariaat.PaginaAsync("/Overzicht?Zoek=Laatmarker&TeLaat=true");
        pagina.QuerySelector<IHtmlInputElement>("input[name=TeLaat]")!.IsChecked.ShouldBeTrue("het filter blijft staan");
    }

    [Fact]
    public async Task Sorteren_op_onderwerp_in_beide_richtingen_met_aria_sort_en_links()
    {
        foreach (var letter in new[] { "b", "c", "a" }) await IndienenAsync($"Sorteertoets {letter}");
        var secretariaat = await _route.AlsAsync("secretariaat");

        var op = await secretariaat.PaginaAsync("/Overzicht?Zoek=Sorteertoets&sorteer=onderwerp");
        Rijen(op).Select(Onderwerp).ShouldBe(["Sorteertoets a", "Sorteertoets b", "Sorteertoets c"]);
        var kop = op.QuerySelectorAll("table.overzicht thead th").Single(th => th.GetAttribute("aria-sort") is not null);
        kop.GetAttribute("aria-sort").ShouldBe("ascending");
        kop.TextContent.ShouldContain("Onderwerp");
        var link = kop.QuerySelector("a")!.GetAttribute("href")!;
        link.ShouldContain("richting=af");
        link.ShouldContain("Zoek=Sorteertoets", customMessage: "het filter gaat mee");

        var af = await secretariaat.PaginaAsync(WebUtility.HtmlDecode(link));
        Rijen(af).Select(Onderwerp).ShouldBe(["Sorteertoets c", "Sorteertoets b", "Sorteertoets a"]);
        af.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort").ShouldBe("descending");
        af.QuerySelectorAll("table.overzicht thead th a").Length.ShouldBe(8, "elke sorteerbare kolom is een link");
    }

    [Fact]
    public async Task Elke_kolom_sorteert_in_beide_richtingen_en_een_onbekende_waarde_geeft_de_standaardvolgorde()
    {
        await IndienenAsync("Kolomtoets een");
        Verzet(14);
        await IndienenAsync("Kolomtoets twee");
        var secretariaat = await _route.AlsAsync("secretariaat");
        var standaard = Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Kolomtoets")).Select(Onderwerp).ToList();
        standaard.ShouldBe(["Kolomtoets een", "Kolomtoets twee"], "het langst in de huidige stap bovenaan");

        foreach (var kolom in new[] { "nummer", "onderwerp", "status", "afdeling", "project", "bw", "sinds", "laat" })
        foreach (var richting in new[] { "op", "af" })
            Rijen(await secretariaat.PaginaAsync($"/Overzicht?Zoek=Kolomtoets&sorteer={kolom}&richting={richting}"))
                .Select(Onderwerp).ShouldBe(["Kolomtoets een", "Kolomtoets twee"], ignoreOrder: true, customMessage: $"{kolom} {richting}");

        Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Kolomtoets&sorteer=laat&richting=af")).Select(Onderwerp)
            .ShouldBe(["Kolomtoets een", "Kolomtoets twee"], "te laat bovenaan");
        Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Kolomtoets&sorteer=sinds&richting=op")).Select(Onderwerp)
            .ShouldBe(["Kolomtoets twee", "Kolomtoets een"], "oplopend in dagen in de stap");
        var standaardpagina = await secretariaat.PaginaAsync("/Overzicht?Zoek=Kolomtoets");
        var kop = standaardpagina.QuerySelector("th[aria-sort]")!;
        kop.TextContent.ShouldContain("Dagen in stap");
        kop.GetAttribute("aria-sort").ShouldBe("descending", "de meeste dagen bovenaan");
        foreach (var onzin in new[] { "sorteer=DROP%20TABLE&richting=af", "sorteer=Id", "sorteer=onderwerp&richting=zijwaarts", "Pagina=-3" })
        {
            var pagina = await secretariaat.PaginaAsync($"/Overzicht?Zoek=Kolomtoets&{onzin}");
            Rijen(pagina).Select(Onderwerp).ShouldBe(["Kolomtoets een", "Kolomtoets twee"], ignoreOrder: true, customMessage: onzin);
        }
        Rijen(await secretariaat.PaginaAsync("/Overzicht?Zoek=Kolomtoets&sorteer=DROP%20TABLE")).Select(Onderwerp).ShouldBe(standaard);
    }

    [Fact]
    public async Task Totalen_per_project_tellen_het_filter_en_de_te_late_en_linken_naar_die_lijst()
    {
        await IndienenAsync("Totaaltoets laat");
        Verzet(14);
        var vandaag = fabriek.Klok.Vandaag;
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var voorstellen = await db.Voorstellen.AsNoTracking().Include(v => v.Taken).Where(v => v.Registratienummer != null).ToListAsync();
            var namen = await db.Projecten.ToDictionaryAsync(p => p.Id, p => p.Naam);
            var verwacht = voorstellen.GroupBy(v => v.ProjectId is { } id ? namen[id] : "Zonder project")
                .ToDictionary(g => g.Key, g => (Aantal: g.Count(), TeLaat: g.Count(v => v.IsTeLaat(vandaag))));
            verwacht.Values.Sum(t => t.TeLaat).ShouldBeGreaterThan(0);
            var secretariaat = await _route.AlsAsync("secretariaat");

            var pagina = await secretariaat.PaginaAsync("/Overzicht");

            var totalen = pagina.QuerySelectorAll<IHtmlTableRowElement>("table.totalen tbody tr")
                .ToDictionary(r => r.Cells[0].TextContent.Trim(), r => r);
            totalen.Keys.Order().ShouldBe(verwacht.Keys.Order());
            foreach (var (project, (aantal, teLaat)) in verwacht)
            {
                var rij = totalen[project];
                rij.Cells[1].TextContent.Trim().ShouldBe(aantal.ToString(), project);
                rij.Cells[2].TextContent.Trim().ShouldBe(teLaat.ToString(), project);
                var lijst = await secretariaat.PaginaAsync(WebUtility.HtmlDecode(rij.Cells[1].QuerySelector("a")!.GetAttribute("href")!));
                lijst.QuerySelector("p[role=status]")!.TextContent.ShouldStartWith($"{aantal} voorstel", customMessage: project);
                var laat = await secretariaat.PaginaAsync(WebUtility.HtmlDecode(rij.Cells[2].QuerySelector("a")!.GetAttribute("href")!));
                Rijen(laat).Count.ShouldBe(Math.Min(teLaat, 25), project);
                Rijen(laat).ShouldAllBe(r => r.ClassList.Contains("te-laat"));
            }
            var gefilterd = await secretariaat.PaginaAsync("/Overzicht?Zoek=Totaaltoets");
            var enkel = gefilterd.QuerySelectorAll<IHtmlTableRowElement>("table.totalen tbody tr").ShouldHaveSingleItem();
            enkel.Cells[0].TextContent.Trim().ShouldBe("Zonder project");
            enkel.Cells[1].TextContent.Trim().ShouldBe("1");
            enkel.Cells[2].TextContent.Trim().ShouldBe("1");
        }
    }

    [Fact]
    public async Task Een_lange_lijst_is_stabiel_over_de_paginas_en_de_export_bevat_alle_regels_in_dezelfde_volgorde()
    {
        // 26 proposals with the same B&W date: only the tie-breaker orders them.
        for (var i = 0; i < 26; i++) await IndienenAsync($"Lijsttoets {i:D2}");
        var secretariaat = await _route.AlsAsync("secretariaat");

        var eerste = await secretariaat.PaginaAsync("/Overzicht?Zoek=Lijsttoets&sorteer=bw");
        var volgende = WebUtility.HtmlDecode(eerste.QuerySelector(".paginering a[rel=next]")!.GetAttribute("href")!);
        volgende.ShouldContain("sorteer=bw");
        volgende.ShouldContain("Zoek=Lijsttoets");
        var tweede = await secretariaat.PaginaAsync(volgende);
        var opScherm = Rijen(eerste).Concat(Rijen(tweede)).Select(Onderwerp).ToList();
        opScherm.Count.ShouldBe(26);
        opScherm.ShouldBe(opScherm.Order().ToList(), "zelfde B&W-datum: op volgorde van indienen");

        var exportlink = WebUtility.HtmlDecode(eerste.QuerySelectorAll("a").First(a => a.TextContent.Contains("XLSX")).GetAttribute("href")!);
        exportlink.ShouldStartWith("/Overzicht/Export/xlsx?");
        var xlsx = await secretariaat.Http.GetAsync(exportlink);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var blad = LeesXlsx(await xlsx.Content.ReadAsByteArrayAsync());
        blad[0][1].ShouldBe("Onderwerp");
        blad.Skip(1).Select(r => r[1]).ShouldBe(opScherm);

        var csv = LeesCsv(await (await secretariaat.Http.GetAsync(exportlink.Replace("/xlsx?", "/csv?"))).Content.ReadAsByteArrayAsync());
        csv.Skip(1).Select(r => r[1]).ShouldBe(opScherm);
    }

    [Fact]
    public async Task Export_xlsx_heeft_een_kopregel_tekst_datums_als_datum_en_getallen_als_getal()
    {
        var id = await IndienenAsync("Xlsxtoets met datum");
        var voorstel = await _route.LaadAsync(id);
        Verzet(2);
        var secretariaat = await _route.AlsAsync("secretariaat");

        var antwoord = await secretariaat.Http.GetAsync("/Overzicht/Export/xlsx?Zoek=Xlsxtoets");

        antwoord.Content.Headers.ContentDisposition!.FileName!.ShouldContain(".xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await antwoord.Content.ReadAsByteArrayAsync()), false);
        var werkboek = document.WorkbookPart!;
        var rijen = werkboek.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        rijen.Count.ShouldBe(2);
        Tekst(rijen[0]).ShouldBe(["Registratienummer", "Onderwerp", "Project", "Afdeling", "Steller", "Huidige stap", "Bij",
            "Dagen in stap", "B&W d.d.", "In stap sinds", "Te laat", "Te laat bij"]);
        var cellen = rijen[1].Elements<Cell>().ToList();
        Tekst(rijen[1])[0].ShouldBe(voorstel.Registratienummer);
        Tekst(rijen[1])[1].ShouldBe("Xlsxtoets met datum");
        Tekst(rijen[1])[5].ShouldBe("Paraaf afdelingshoofd");

        cellen[7].DataType!.Value.ShouldBe(CellValues.Number);
        cellen[7].CellValue!.Text.ShouldBe("2");
        var datumstijl = werkboek.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cellen[8].StyleIndex!.Value);
        var formaat = werkboek.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == datumstijl.NumberFormatId!.Value);
        formaat.FormatCode!.Value!.ShouldContain("yyyy");
        cellen[8].DataType.ShouldBeNull("een getal met datumopmaak");
        DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cellen[8].CellValue!.Text, CultureInfo.InvariantCulture)))
            .ShouldBe(voorstel.GeplandBw!.Value);
        cellen[9].StyleIndex!.Value.ShouldBe(cellen[8].StyleIndex!.Value);
    }

    [Fact]
    public async Task Export_csv_is_utf8_met_bom_puntkomma_aanhalingstekens_en_neutraliseert_formules()
    {
        await IndienenAsync("=HYPERLINK(\"http://x\";\"Csvtoets\") é");
        await IndienenAsync("Csvtoets gewoon");
        var secretariaat = await _route.AlsAsync("secretariaat");

        var antwoord = await secretariaat.Http.GetAsync("/Overzicht/Export/csv?Zoek=Csvtoets&sorteer=onderwerp");

        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await antwoord.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var tekst = Encoding.UTF8.GetString(bytes[3..]);
        tekst.ShouldStartWith("\"Registratienummer\";\"Onderwerp\";");
        var rijen = LeesCsv(bytes);
        rijen.Count.ShouldBe(3);
        rijen[1][1].ShouldBe("'=HYPERLINK(\"http://x\";\"Csvtoets\") é", "een formule wordt tekst");
        rijen[2][1].ShouldBe("Csvtoets gewoon");
        rijen[2][7].ShouldBe("0");
        rijen[2][8].ShouldBe(DateOnly.Parse(CollegeVergadering, CultureInfo.InvariantCulture).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));

        var xlsx = LeesXlsx(await (await secretariaat.Http.GetAsync("/Overzicht/Export/xlsx?Zoek=Csvtoets&sorteer=onderwerp")).Content.ReadAsByteArrayAsync());
        xlsx[1][1].ShouldBe("=HYPERLINK(\"http://x\";\"Csvtoets\") é", "in XLSX een tekstcel zonder formule, ongewijzigd");
    }

    [Theory]
    [InlineData("steller", false)]
    [InlineData("afdelingshoofd", false)]
    [InlineData("financien", false)]
    [InlineData("secretariaat", true)]
    [InlineData("griffie", true)]
    public async Task Export_alleen_voor_wie_het_overzicht_mag_zien(string wie, bool mag)
    {
        var klant = await _route.AlsAsync(wie);
        foreach (var formaat in new[] { "xlsx", "csv" })
        {
            var antwoord = await klant.Http.GetAsync($"/Overzicht/Export/{formaat}");
            if (mag) antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, formaat);
            else
            {
                antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, formaat);
                antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Geweigerd", formaat);
            }
        }
        if (mag) (await klant.Http.GetAsync("/Overzicht/Export/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Het_aantal_sql_opdrachten_groeit_niet_met_het_aantal_voorstellen()
    {
        async Task<int> TelAsync()
        {
            var secretariaat = await _route.AlsAsync("secretariaat");
            // What the overview keeps between requests (Overzichtcache) is read again after a submission or a day: the
            // request before the counted one fills it.
            await secretariaat.PaginaAsync("/Overzicht?sorteer=laat&richting=af");
            var telling = fabriek.Sql.Tel("/Overzicht", "GET");
            await secretariaat.PaginaAsync("/Overzicht?sorteer=laat&richting=af");
            var uit = TestContext.Current.TestOutputHelper!;
            uit.WriteLine($"Overzicht: {telling.Aantal} SQL-opdrachten");
            foreach (var sql in telling.Commando) uit.WriteLine($"---\n{sql}");
            return telling.Aantal;
        }
        await TelAsync();
        var voor = await TelAsync();
        for (var i = 0; i < 3; i++) await IndienenAsync($"Teltoets {i}");
        Verzet(14);

        (await TelAsync()).ShouldBe(voor);
    }

    private static string?[] Tekst(Row rij) =>
        rij.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text).ToArray();

    private static List<string?[]> LeesXlsx(byte[] inhoud)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(inhoud), false);
        var rijen = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>();
        rijen.SelectMany(r => r.Elements<Cell>()).ShouldAllBe(c => c.CellFormula == null);
        return rijen.Select(Tekst).ToList();
    }

    /// <summary>A small reader for the CSV we write: semicolons, every field in double quotes, "" inside.</summary>
    private static List<string[]> LeesCsv(byte[] inhoud)
    {
        var tekst = Encoding.UTF8.GetString(inhoud.AsSpan(Encoding.UTF8.GetPreamble().Length));
        var rijen = new List<string[]>();
        var velden = new List<string>();
        var veld = new StringBuilder();
        var binnen = false;
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (binnen)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"') { veld.Append('"'); i++; }
                else if (c == '"') binnen = false;
                else veld.Append(c);
            }
            else if (c == '"') binnen = true;
            else if (c == ';') { velden.Add(veld.ToString()); veld.Clear(); }
            else if (c == '\n') { velden.Add(veld.ToString()); veld.Clear(); rijen.Add([.. velden]); velden.Clear(); }
            else if (c != '\r') veld.Append(c);
        }
        return rijen;
    }
}

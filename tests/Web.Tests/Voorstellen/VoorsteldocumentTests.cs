using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf.IO;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// The collegevoorstel of seed 002 (14-10749) downloaded in the layout of the template, as DOCX and PDF,
/// and read back with OpenXml and PDFsharp; the downloads obey the same access as the proposal page.
/// </summary>
public class VoorsteldocumentTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);
    private const string Onderwerp = "Ontwikkeling wijkgericht werken en vorming buurtbudget.";

    [Fact]
    public async Task Het_besloten_voorstel_14_10749_als_Word_document_draagt_kop_dictum_en_collegebesluit()
    {
        var (bytes, regnr) = await BesluitDownloadenAsync("Docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        doc.PackageProperties.Title.ShouldBe(Onderwerp);
        var alineas = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string Tekst(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));
        var koppen = alineas.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Kop") == true).Select(Tekst).ToList();
        koppen.ShouldContain("Collegevoorstel");
        koppen.ShouldContain("Dictum");
        koppen.ShouldContain("Bijlage – besluit B&W");
        var tabellen = doc.MainDocumentPart.Document.Body.Descendants<TableRow>()
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        tabellen.ShouldContain(r => r[0] == "Reg.nr." && r[1] == regnr);
        tabellen.ShouldContain(r => r[0] == "Onderwerp" && r[1] == Onderwerp);
        tabellen.ShouldContain(r => r[0] == "Collegevergadering d.d." && r[1] == "14 oktober 2014");
        tabellen.ShouldContain(r => r[0] == "Volgnr." && r[1] == "4");

        // The dictum: numbered, in order, once in the proposal and again as the advice in the decision appendix.
        var genummerd = alineas.Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Lijst: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, Tekst: Tekst(p))).ToList();
        var dictum = genummerd.GroupBy(p => p.Lijst).First().Select(p => p.Tekst).ToList();
        dictum.Count.ShouldBe(3);
        dictum[0].ShouldStartWith("Instemmen met de voorgestelde procesaanpak");
        dictum[1].ShouldStartWith("Instemmen om middels deze aanpak");
        dictum[2].ShouldStartWith("het bestuurlijke opdrachtgeverschap beleggen bij wethouder Brauer");
        genummerd.GroupBy(p => p.Lijst).Last().Select(p => p.Tekst).ShouldBe(dictum, "het advies in de besluitbijlage is het dictum");
        genummerd.Select(p => p.Lijst).Distinct().Count().ShouldBe(3, "dictum, directiebesluit en advies zijn elk een eigen lijst die bij 1 begint");

        var besluit = alineas.Single(p => Tekst(p) == Seed002Tests.Besluit);
        besluit.Descendants<Bold>().ShouldNotBeEmpty();
        alineas.IndexOf(besluit).ShouldBeGreaterThan(alineas.FindIndex(p => Tekst(p) == "Bijlage – besluit B&W"));
    }

    [Fact]
    public async Task Het_besloten_voorstel_14_10749_als_PDF_opent_met_het_onderwerp_als_titel_en_het_meegeleverde_lettertype()
    {
        var (bytes, regnr) = await BesluitDownloadenAsync("Pdf", "application/pdf");
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        pdf.Info.Title.ShouldBe(Onderwerp);
        pdf.Info.Subject.ShouldBe($"Collegevoorstel {regnr}");
        // Header and dictum, then the samenvatting on a new page, and the decision appendix on a page of its own.
        pdf.PageCount.ShouldBeGreaterThanOrEqualTo(3);
        // The text is set in the font shipped in the assembly, embedded as a subset ("ABCDEF+"), never a system font.
        var fonts = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>()
            .Select(p => p.Resources.Elements.GetDictionary("/Font"))
            .SelectMany(d => d?.Elements.Values ?? [])
            .Select(f => ((f as PdfSharp.Pdf.Advanced.PdfReference)?.Value as PdfSharp.Pdf.PdfDictionary ?? f as PdfSharp.Pdf.PdfDictionary)?.Elements.GetName("/BaseFont"))
            .Distinct().ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f != null && f.Contains("+DejaVu Sans"), string.Join(", ", fonts));
    }

    /// <summary>Decides the proposal of seed 002, follows its link on the page as the steller and downloads it.</summary>
    private async Task<(byte[] Inhoud, string Registratienummer)> BesluitDownloadenAsync(string handler, string mediatype)
    {
        var id = await Seed002Tests.VoerInEnBesluitAsync(_route);
        var regnr = (await _route.LaadAsync(id)).Registratienummer!;
        var steller = await _route.AlsAsync("steller");

        var pagina = await steller.PaginaAsync($"/Voorstellen/{id}");
        pagina.QuerySelector($"[data-downloads] a[href='/Voorstellen/{id}?handler={handler}']").ShouldNotBeNull();
        var antwoord = await steller.Http.GetAsync($"/Voorstellen/{id}?handler={handler}");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        antwoord.Content.Headers.ContentType!.MediaType.ShouldBe(mediatype);
        antwoord.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"Collegevoorstel {regnr}.{handler.ToLowerInvariant()}");
        return (await antwoord.Content.ReadAsByteArrayAsync(), regnr);
    }

    [Theory]
    [InlineData("Docx")]
    [InlineData("Pdf")]
    public async Task Wie_het_voorstel_niet_mag_zien_krijgt_ook_het_document_niet(string handler)
    {
        var steller = await _route.AlsAsync("steller");
        var concept = await steller.VerstuurAsync("/Voorstellen/Bewerken",
            new() { ["Invoer.Onderwerp"] = "Document: concept" }, knop: "Concept opslaan");
        concept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(concept.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last());

        var ander = await _route.AlsAsync("projectleider");
        (await ander.Http.GetAsync($"/Voorstellen/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var document = await ander.Http.GetAsync($"/Voorstellen/{id}?handler={handler}");
        document.StatusCode.ShouldBe(HttpStatusCode.NotFound, "dezelfde weigering als de pagina");
        document.Content.Headers.ContentDisposition.ShouldBeNull();

        // The steller may: the concept downloads, named after its id until it has a registratienummer.
        var eigen = await steller.Http.GetAsync($"/Voorstellen/{id}?handler={handler}");
        eigen.StatusCode.ShouldBe(HttpStatusCode.OK);
        eigen.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"Collegevoorstel concept {id}.{handler.ToLowerInvariant()}");
    }
}

public class VoorstelPdfTests
{
    [Fact]
    public void Een_document_wordt_een_PDF_zonder_geinstalleerde_lettertypen()
    {
        var document = new Besluitvorming.Web.Voorstellen.Voorsteldocument("Titel", "Collegevoorstel 26-1",
        [
            new Besluitvorming.Web.Voorstellen.Voorsteldocument.Kop(1, "Collegevoorstel"),
            new Besluitvorming.Web.Voorstellen.Voorsteldocument.Alinea(string.Join(" ", Enumerable.Repeat("woord", 4000))),
        ]);
        var bytes = Besluitvorming.Web.Voorstellen.VoorstelPdf.Schrijf(document);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        pdf.PageCount.ShouldBeGreaterThan(1, "lange tekst loopt door op een volgende pagina");
        pdf.Info.Title.ShouldBe("Titel");
    }
}

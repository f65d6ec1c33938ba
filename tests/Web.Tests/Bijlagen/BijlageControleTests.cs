using AngleSharp.Dom;
using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Bijlagen;

/// <summary>
/// An upload is what its content says, not what its name or the browser's header claims: a mismatch is refused at
/// the file row, the stored content type comes from the verified type, and a name too long for its column is shortened.
/// </summary>
public sealed class BijlageControleTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private const string Veld = "Invoer.NieuweBijlagen[0].Bestand";
    private readonly Route _route = new(fabriek);

    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00];

    public static TheoryData<string, string, string> Vermomd => new()
    {
        { "setup.pdf", "exe", "geen PDF-bestand" },
        { "pdf-als.png", "pdf", "geen PNG-afbeelding" },
        { "png-als.jpg", "png", "geen JPEG-afbeelding" },
        { "exe-als.docx", "exe", "geen Word-document (.docx)" },
        { "xlsx-als.docx", "xlsx", "geen Word-document (.docx)" },
        { "pdf-als.xls", "pdf", "geen Excel-werkmap (.xls)" },
        { "met-nul.txt", "nul", "geen tekstbestand" },
    };

    [Theory]
    [MemberData(nameof(Vermomd))]
    public async Task Bestand_waarvan_de_inhoud_niet_bij_de_extensie_past_wordt_geweigerd(string bestandsnaam, string inhoud, string melding)
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var onderwerp = $"Vermomd {bestandsnaam} {inhoud}";

        var antwoord = await Uploadformulier.VerstuurAsync(steller, formulier, "/Voorstellen/Bewerken", "Opslaan",
            new() { ["Invoer.Onderwerp"] = onderwerp, ["Invoer.NieuweBijlagen[0].Naam"] = "Vermomd" },
            Uploadformulier.Van(Veld, bestandsnaam, Inhoud(inhoud), "application/pdf"));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await Route.Fouten(antwoord));
        var pagina = await TestKlant.LeesAsync(antwoord);
        var fout = pagina.QuerySelector($"span.veld-fout[data-valmsg-for='{Veld}']")!.TextContent;
        fout.ShouldContain(bestandsnaam);
        fout.ShouldContain(melding);
        pagina.QuerySelector<IHtmlInputElement>("input[name='Invoer.Onderwerp']")!.Value.ShouldBe(onderwerp);
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.Bestanden.AnyAsync(b => b.Bestandsnaam == bestandsnaam)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("foto.png", "png", "image/png")]
    [InlineData("rapport.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("begroting.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("nota.odt", "odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("oud.doc", "ole", "application/msword")]
    [InlineData("mail.msg", "ole", "application/vnd.ms-outlook")]
    [InlineData("notitie.txt", "tekst", "text/plain")]
    [InlineData("bericht.eml", "tekst", "message/rfc822")]
    [InlineData("nota.PDF", "pdf", "application/pdf")]
    public async Task Opgeslagen_inhoudstype_komt_uit_de_inhoud_en_niet_uit_de_header(string bestandsnaam, string inhoud, string contentType)
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);

        var antwoord = await Uploadformulier.VerstuurAsync(steller, formulier, "/Voorstellen/Bewerken", "Opslaan",
            new() { ["Invoer.Onderwerp"] = $"Inhoudstype {bestandsnaam}", ["Invoer.NieuweBijlagen[0].Naam"] = "Stuk" },
            Uploadformulier.Van(Veld, bestandsnaam, Inhoud(inhoud), "text/html; charset=utf-8"));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
        var bijlage = (await _route.LaadAsync(id)).Bijlagen.ShouldHaveSingleItem();
        bijlage.ContentType.ShouldBe(contentType);
        var download = await steller.Http.GetAsync($"/Voorstellen/{id}/Bijlagen/{bijlage.Id}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Fact]
    public async Task Te_lange_bestandsnaam_wordt_ingekort_met_behoud_van_de_extensie()
    {
        var steller = await _route.AlsAsync("steller");
        var formulier = await Uploadformulier.FormulierAsync(steller);
        var naam = new string('n', 300) + ".pdf";

        var antwoord = await Uploadformulier.VerstuurAsync(steller, formulier, "/Voorstellen/Bewerken", "Opslaan",
            new() { ["Invoer.Onderwerp"] = "Lange bestandsnaam", ["Invoer.NieuweBijlagen[0].Naam"] = "Lang" },
            Uploadformulier.Van(Veld, naam, Route.Pdf, "application/pdf; naam=" + new string('x', 200)));

        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());
        var bijlage = (await _route.LaadAsync(id)).Bijlagen.ShouldHaveSingleItem();
        bijlage.Bestandsnaam.Length.ShouldBeLessThanOrEqualTo(255);
        bijlage.Bestandsnaam.ShouldEndWith(".pdf");
        bijlage.Bestandsnaam.ShouldStartWith("nnnn");
        bijlage.ContentType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task Het_formulier_noemt_elk_toegestaan_bestandstype_een_keer()
    {
        var steller = await _route.AlsAsync("steller");
        var uitleg = (await steller.PaginaAsync("/Voorstellen/Bewerken")).QuerySelectorAll("p")
            .Single(p => p.TextContent.Contains("Toegestane bestandstypen")).TextContent;

        System.Text.RegularExpressions.Regex.Count(uitleg, @"\.pdf\b").ShouldBe(1, uitleg);
        uitleg.ShouldContain(".msg");
    }

    [Fact]
    public void Een_bestandstype_waarvan_de_inhoud_niet_te_controleren_is_stopt_het_opstarten()
    {
        using var app = new BesluitvormingFabriek();
        app.ExtraInstellingen["Bijlagen:ToegestaneExtensies:20"] = ".exe";

        Should.Throw<Exception>(() => app.CreateClient()).ToString().ShouldContain(".exe");
    }

    private static byte[] Inhoud(string soort) => soort switch
    {
        "exe" => Exe,
        "pdf" => Route.Pdf,
        "png" => Png,
        "ole" => Ole,
        "tekst" => "Onderwerp: notitie\r\n\r\nGewone tekst, met é en ë.\r\n"u8.ToArray(),
        "nul" => [(byte)'a', 0x00, (byte)'b'],
        "docx" => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")),
        "xlsx" => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
        "odt" => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    private static byte[] Zip(params (string Naam, string Inhoud)[] delen)
    {
        using var stroom = new MemoryStream();
        using (var zip = new ZipArchive(stroom, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in delen)
            {
                using var schrijver = new StreamWriter(zip.CreateEntry(naam, CompressionLevel.NoCompression).Open());
                schrijver.Write(inhoud);
            }
        }
        return stroom.ToArray();
    }
}

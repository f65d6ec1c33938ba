using System.IO.Compression;
using System.Text;

namespace Besluitvorming.Web.Bijlagen;

/// <summary>
/// A file type an attachment may have, recognised by its content rather than its name: the extension only says which
/// type to expect. The stored content type comes from here, never from the browser.
/// </summary>
public sealed class Bestandstype
{
    private readonly Func<byte[], bool> _herken;

    private Bestandstype(string extensie, string contentType, string omschrijving, Func<byte[], bool> herken)
    {
        Extensie = extensie;
        ContentType = contentType;
        Omschrijving = omschrijving;
        _herken = herken;
    }

    public string Extensie { get; }
    public string ContentType { get; }
    /// <summary>Dutch, after "geen": "geen PDF-bestand".</summary>
    public string Omschrijving { get; }

    public bool Herkent(byte[] inhoud) => _herken(inhoud);

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();

    public static readonly IReadOnlyDictionary<string, Bestandstype> Bekend = new[]
    {
        new Bestandstype(".pdf", "application/pdf", "PDF-bestand", Pdf),
        new Bestandstype(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-document (.docx)", i => Ooxml(i, "word/")),
        new Bestandstype(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-werkmap (.xlsx)", i => Ooxml(i, "xl/")),
        new Bestandstype(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint-presentatie (.pptx)", i => Ooxml(i, "ppt/")),
        new Bestandstype(".odt", "application/vnd.oasis.opendocument.text", "OpenDocument-tekst (.odt)", i => Odf(i, "application/vnd.oasis.opendocument.text")),
        new Bestandstype(".ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-rekenblad (.ods)", i => Odf(i, "application/vnd.oasis.opendocument.spreadsheet")),
        new Bestandstype(".doc", "application/msword", "Word-document (.doc)", i => i.AsSpan().StartsWith(Ole)),
        new Bestandstype(".xls", "application/vnd.ms-excel", "Excel-werkmap (.xls)", i => i.AsSpan().StartsWith(Ole)),
        new Bestandstype(".msg", "application/vnd.ms-outlook", "Outlook-bericht (.msg)", i => i.AsSpan().StartsWith(Ole)),
        new Bestandstype(".png", "image/png", "PNG-afbeelding", i => i.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new Bestandstype(".jpg", "image/jpeg", "JPEG-afbeelding", Jpeg),
        new Bestandstype(".jpeg", "image/jpeg", "JPEG-afbeelding", Jpeg),
        new Bestandstype(".txt", "text/plain", "tekstbestand", Tekst),
        new Bestandstype(".eml", "message/rfc822", "e-mailbericht (.eml)", Tekst),
    }.ToDictionary(t => t.Extensie, StringComparer.OrdinalIgnoreCase);

    /// <summary>"%PDF-" at the start; readers allow a little junk before it, so the first kilobyte counts.</summary>
    private static bool Pdf(byte[] i) => i.AsSpan(0, Math.Min(i.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static bool Jpeg(byte[] i) => i.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);

    /// <summary>Text: no NUL byte anywhere (an executable or image always has some).</summary>
    private static bool Tekst(byte[] i) => !i.AsSpan().Contains((byte)0);

    /// <summary>Office Open XML: a ZIP with a content types part and the application's own folder.</summary>
    private static bool Ooxml(byte[] i, string map) =>
        Archief(i, zip => zip.GetEntry("[Content_Types].xml") is not null
                          && zip.Entries.Any(e => e.FullName.StartsWith(map, StringComparison.Ordinal)));

    /// <summary>OpenDocument: a ZIP whose "mimetype" entry names the type.</summary>
    private static bool Odf(byte[] i, string mimetype) =>
        Archief(i, zip =>
        {
            if (zip.GetEntry("mimetype") is not { Length: < 200 } entry) return false;
            using var lezer = new StreamReader(entry.Open(), Encoding.ASCII);
            return lezer.ReadToEnd().Trim() == mimetype;
        });

    private static bool Archief(byte[] i, Func<ZipArchive, bool> klopt)
    {
        if (!i.AsSpan().StartsWith(Zip)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(i, writable: false), ZipArchiveMode.Read);
            return klopt(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

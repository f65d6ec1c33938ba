using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// Writes a <see cref="Voorsteldocument"/> as a PDF with PDFsharp: a simple flow layout on A4 (word wrap, a new page
/// when the next line does not fit, headings kept with their next line) and "Pagina n van m" at the foot of each page.
/// The font is the DejaVu Sans shipped in the assembly (see <see cref="Lettertypen"/>), never a system font.
/// </summary>
public static class VoorstelPdf
{
    public const string ContentType = "application/pdf";

    private const double Marge = 56.7; // 2 cm
    private const double Regelafstand = 1.3;

    static VoorstelPdf() => Lettertypen.Registreer();

    public static byte[] Schrijf(Voorsteldocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Titel;
        pdf.Info.Subject = document.Bestandsnaam;
        pdf.Info.Creator = "Besluitvorming";
        var z = new Zetter(pdf);
        var tekst = new XFont(Lettertypen.Familie, 10);
        var vet = new XFont(Lettertypen.Familie, 10, XFontStyleEx.Bold);
        foreach (var blok in document.Blokken)
        {
            switch (blok)
            {
                case Voorsteldocument.Kop k:
                    var font = new XFont(Lettertypen.Familie, k.Niveau switch { 1 => 16, 2 => 13, _ => 11 }, XFontStyleEx.Bold);
                    if (k.NieuwePagina) z.NieuwePagina();
                    else z.Ruimte(font.Height * 0.6);
                    z.Alinea(k.Tekst, font, 0, houdBijVolgende: true);
                    break;
                case Voorsteldocument.Alinea a:
                    z.Alinea(a.Tekst, a.Vet ? vet : tekst, 0);
                    z.Ruimte(tekst.Height * 0.4);
                    break;
                case Voorsteldocument.Velden v:
                    foreach (var (label, waarde) in v.Rijen) z.Rij(label, waarde, vet, tekst, 150);
                    z.Ruimte(tekst.Height * 0.6);
                    break;
                case Voorsteldocument.Genummerd g:
                    for (var i = 0; i < g.Punten.Count; i++) z.Rij($"{i + 1}.", g.Punten[i], tekst, tekst, 18);
                    z.Ruimte(tekst.Height * 0.4);
                    break;
            }
        }
        z.Paginanummers(new XFont(Lettertypen.Familie, 8));
        using var stroom = new MemoryStream();
        pdf.Save(stroom, false);
        return stroom.ToArray();
    }

    /// <summary>The cursor: the current page, its graphics and the y where the next line goes.</summary>
    private sealed class Zetter(PdfDocument pdf)
    {
        private XGraphics? _gfx;
        private PdfPage? _pagina;
        private double _y;

        private double Breedte => Pagina.Width.Point - 2 * Marge;
        private double Onderkant => Pagina.Height.Point - Marge - 14;

        public void NieuwePagina()
        {
            _gfx?.Dispose();
            _pagina = pdf.AddPage();
            _pagina.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_pagina);
            _y = Marge;
        }

        private XGraphics Gfx
        {
            get
            {
                if (_gfx is null) NieuwePagina();
                return _gfx!;
            }
        }

        private PdfPage Pagina
        {
            get
            {
                if (_gfx is null) NieuwePagina();
                return _pagina!;
            }
        }

        public void Ruimte(double punten) => _y += punten;

        /// <summary>Wrapped text from <paramref name="inspringing"/>; a heading first makes room for itself and one more line.</summary>
        public void Alinea(string tekst, XFont font, double inspringing, bool houdBijVolgende = false)
        {
            var regels = Afbreken(tekst, font, Breedte - inspringing);
            var hoogte = font.Height * Regelafstand;
            if (houdBijVolgende) Passend(hoogte * (regels.Count + 2));
            foreach (var regel in regels)
            {
                Passend(hoogte);
                Gfx.DrawString(regel, font, XBrushes.Black, Marge + inspringing, _y + font.Height * 0.8);
                _y += hoogte;
            }
        }

        /// <summary>A label in a column of <paramref name="kolom"/> points and its wrapped value beside it.</summary>
        public void Rij(string label, string waarde, XFont labelFont, XFont waardeFont, double kolom)
        {
            var regels = Afbreken(waarde, waardeFont, Breedte - kolom);
            var hoogte = waardeFont.Height * Regelafstand;
            Passend(hoogte);
            Gfx.DrawString(label, labelFont, XBrushes.Black, Marge, _y + labelFont.Height * 0.8);
            foreach (var regel in regels)
            {
                Passend(hoogte);
                Gfx.DrawString(regel, waardeFont, XBrushes.Black, Marge + kolom, _y + waardeFont.Height * 0.8);
                _y += hoogte;
            }
        }

        private void Passend(double hoogte)
        {
            if (_gfx is null || _y + hoogte > Onderkant) NieuwePagina();
        }

        private List<string> Afbreken(string tekst, XFont font, double breedte)
        {
            var regels = new List<string>();
            var regel = "";
            foreach (var woord in tekst.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var proef = regel.Length == 0 ? woord : regel + " " + woord;
                if (regel.Length > 0 && Gfx.MeasureString(proef, font).Width > breedte)
                {
                    regels.Add(regel);
                    regel = woord;
                }
                else regel = proef;
            }
            regels.Add(regel);
            return regels;
        }

        public void Paginanummers(XFont font)
        {
            if (_gfx is null) NieuwePagina();
            _gfx!.Dispose();
            var n = pdf.PageCount;
            for (var i = 0; i < n; i++)
            {
                var pagina = pdf.Pages[i];
                using var gfx = XGraphics.FromPdfPage(pagina, XGraphicsPdfPageOptions.Append);
                gfx.DrawString($"Pagina {i + 1} van {n}", font, XBrushes.Black,
                    new XRect(Marge, pagina.Height.Point - Marge, pagina.Width.Point - 2 * Marge, font.Height), XStringFormats.TopRight);
            }
        }
    }

    /// <summary>
    /// Serves the DejaVu Sans TTFs embedded in this assembly (Voorstellen/Lettertype, licence alongside) to PDFsharp,
    /// so a PDF renders the same on a fresh CI machine without any installed fonts.
    /// </summary>
    public sealed class Lettertypen : IFontResolver
    {
        public const string Familie = "DejaVu Sans";
        private static readonly Lock Slot = new();

        public static void Registreer()
        {
            lock (Slot)
            {
                if (GlobalFontSettings.FontResolver is not Lettertypen) GlobalFontSettings.FontResolver = new Lettertypen();
            }
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName)
        {
            using var bron = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Besluitvorming.Lettertype.{faceName}.ttf")
                ?? throw new InvalidOperationException($"Lettertype {faceName} ontbreekt in de assembly.");
            using var kopie = new MemoryStream();
            bron.CopyTo(kopie);
            return kopie.ToArray();
        }
    }
}

using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// The overview's rows as a spreadsheet: CSV the way Dutch Excel opens it (UTF-8 with BOM, semicolons, every field
/// quoted, text that Excel would read as a formula prefixed with an apostrophe), and XLSX with real dates and numbers.
/// </summary>
public static class Overzichtexport
{
    private static readonly string[] Kopjes =
        ["Registratienummer", "Onderwerp", "Project", "Afdeling", "Steller", "Huidige stap", "Bij", "Dagen in stap",
         "B&W d.d.", "In stap sinds", "Te laat", "Te laat bij"];

    private static object?[] Waarden(Overzichtlijst.Regel r) =>
        [r.Registratienummer, r.Onderwerp, r.Project, r.Afdeling, r.Steller, r.Status, r.Houders, r.DagenInStatus,
         r.GeplandBw, r.StatusSinds, r.TeLaat ? "Ja" : "Nee", r.TeLaatBij];

    public static byte[] Csv(IEnumerable<Overzichtlijst.Regel> regels)
    {
        var tekst = new StringBuilder();
        tekst.AppendJoin(';', Kopjes.Select(Veld)).Append("\r\n");
        foreach (var r in regels)
            tekst.AppendJoin(';', Waarden(r).Select(w => w switch
            {
                null => "",
                int getal => getal.ToString(CultureInfo.InvariantCulture),
                DateOnly datum => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
                _ => Veld(w.ToString()!),
            })).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    private static string Veld(string tekst)
    {
        // OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
        if (tekst.Length > 0 && "=+-@\t\r".Contains(tekst[0])) tekst = "'" + tekst;
        return "\"" + tekst.Replace("\"", "\"\"") + "\"";
    }

    public static byte[] Xlsx(IEnumerable<Overzichtlijst.Regel> regels)
    {
        using var stroom = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stroom, SpreadsheetDocumentType.Workbook))
        {
            var werkboek = document.AddWorkbookPart();
            werkboek.Workbook = new Workbook();
            var stijlen = werkboek.AddNewPart<WorkbookStylesPart>();
            stijlen.Stylesheet = Stijlen();
            var blad = werkboek.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Rij(1, Kopjes.Cast<object?>(), kop: true));
            uint n = 1;
            foreach (var r in regels) data.Append(Rij(++n, Waarden(r), kop: false));
            blad.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }),
                data,
                new AutoFilter { Reference = $"A1:{Kolom(Kopjes.Length - 1)}{n}" });
            werkboek.Workbook.Append(new Sheets(new Sheet { Id = werkboek.GetIdOfPart(blad), SheetId = 1, Name = "Voorstellen" }));
            werkboek.Workbook.Save();
        }
        return stroom.ToArray();
    }

    private static Row Rij(uint nummer, IEnumerable<object?> waarden, bool kop)
    {
        var rij = new Row { RowIndex = nummer };
        var i = 0;
        foreach (var w in waarden)
        {
            var cel = new Cell { CellReference = $"{Kolom(i++)}{nummer}" };
            switch (w)
            {
                case null: break;
                case int getal:
                    cel.DataType = CellValues.Number;
                    cel.CellValue = new CellValue(getal);
                    break;
                case DateOnly datum:
                    // A date is a serial number with a date format (style 1), so Excel sorts and filters it as a date.
                    cel.CellValue = new CellValue(datum.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                    cel.StyleIndex = 1;
                    break;
                default:
                    // An inline string is never evaluated as a formula, whatever it starts with.
                    cel.DataType = CellValues.InlineString;
                    cel.InlineString = new InlineString(new Text(w.ToString()!) { Space = SpaceProcessingModeValues.Preserve });
                    if (kop) cel.StyleIndex = 2;
                    break;
            }
            rij.Append(cel);
        }
        return rij;
    }

    private static string Kolom(int index) => index < 26 ? ((char)('A' + index)).ToString() : Kolom(index / 26 - 1) + (char)('A' + index % 26);

    private static Stylesheet Stijlen() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d-m-yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }) { Count = 3 });
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// Writes a <see cref="Voorsteldocument"/> as a Word document: real heading styles (Kop1..3, so Word's navigation
/// pane and a screen reader see the structure), label/value tables and numbered lists that each restart at 1.
/// </summary>
public static class VoorstelDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const int LijstAbstract = 1;

    public static byte[] Schrijf(Voorsteldocument document)
    {
        using var stroom = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stroom, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = document.Titel;
            doc.PackageProperties.Subject = document.Bestandsnaam;
            var hoofd = doc.AddMainDocumentPart();
            hoofd.AddNewPart<StyleDefinitionsPart>().Styles = Stijlen();
            var nummering = new Numbering(new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = "%1." }, new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 }) { AbstractNumberId = LijstAbstract });
            var body = new Body();
            var lijsten = 0;
            foreach (var blok in document.Blokken)
            {
                switch (blok)
                {
                    case Voorsteldocument.Kop k:
                        var eigenschappen = new ParagraphProperties(new ParagraphStyleId { Val = $"Kop{k.Niveau}" });
                        if (k.NieuwePagina) eigenschappen.Append(new PageBreakBefore());
                        body.Append(new Paragraph(eigenschappen, Tekst(k.Tekst)));
                        break;
                    case Voorsteldocument.Alinea a:
                        body.Append(new Paragraph(Tekst(a.Tekst, a.Vet)));
                        break;
                    case Voorsteldocument.Velden v:
                        body.Append(Tabel(v), new Paragraph());
                        break;
                    case Voorsteldocument.Genummerd g:
                        // One numbering instance per list, so every list starts at 1.
                        var id = ++lijsten;
                        nummering.Append(new NumberingInstance(new AbstractNumId { Val = LijstAbstract },
                            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = id });
                        foreach (var punt in g.Punten)
                            body.Append(new Paragraph(new ParagraphProperties(new NumberingProperties(
                                new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })), Tekst(punt)));
                        break;
                }
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            hoofd.AddNewPart<NumberingDefinitionsPart>().Numbering = nummering;
            hoofd.Document = new Document(body);
        }
        return stroom.ToArray();
    }

    private static Run Tekst(string tekst, bool vet = false)
    {
        var run = new Run(new Text(tekst) { Space = SpaceProcessingModeValues.Preserve });
        if (vet) run.PrependChild(new RunProperties(new Bold()));
        return run;
    }

    private static Table Tabel(Voorsteldocument.Velden velden)
    {
        var tabel = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" })),
            new TableGrid(new GridColumn { Width = "2800" }, new GridColumn { Width = "6800" }));
        foreach (var (label, waarde) in velden.Rijen)
            tabel.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = "2800" }), new Paragraph(Tekst(label, vet: true))),
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = "6800" }), new Paragraph(Tekst(waarde)))));
        return tabel;
    }

    private static Styles Stijlen()
    {
        static Style Kop(int niveau, string grootte) => new(
            new StyleName { Val = $"heading {niveau}" }, new BasedOn { Val = "Standaard" }, new NextParagraphStyle { Val = "Standaard" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = niveau - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = grootte }))
        { Type = StyleValues.Paragraph, StyleId = $"Kop{niveau}" };

        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Noto Sans", HighAnsi = "Noto Sans", ComplexScript = "Noto Sans" },
                new FontSize { Val = "20" }, new Languages { Val = "nl-NL" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }))
            { Type = StyleValues.Paragraph, StyleId = "Standaard", Default = true },
            Kop(1, "32"), Kop(2, "26"), Kop(3, "22"));
    }
}

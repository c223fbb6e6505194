using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents.Outline;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Reporting.Reports.Documents.Word;

/// <summary>A report table as a Word table: full text width, bordered, a repeated header row.</summary>
internal static class WordTables
{
    private const string Border = "B8C2CC", HeaderFill = "DDE7F0";

    public static Table Build(Outline.Table table, int textWidth)
    {
        var widths = ColumnWidths(table.Widths, table.Header.Count, textWidth);
        var word = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Border }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        word.Append(Row(table.Header, widths, fill: HeaderFill, bold: true, header: true));
        foreach (var row in table.Rows)
        {
            word.Append(Row(row.Cells, widths, fill: row.Flagged ? WordStyles.AlertFill : null, bold: false, header: false, row.Flagged));
        }

        return word;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, string? fill, bool bold, bool header, bool flagged = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            // In a flagged row the marker column (the last) is set in the alert colour.
            var alert = flagged && i == widths.Length - 1 && text.Length > 0;
            row.Append(Cell(text, widths[i], fill, bold, alert));
        }

        return row;
    }

    private static TableCell Cell(string text, int width, string? fill, bool bold, bool alert)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var run = new Run();
        if (bold || alert)
        {
            var format = new RunProperties();
            if (bold)
            {
                format.Append(new Bold());
            }

            if (alert)
            {
                format.Append(new Color { Val = WordStyles.Alert });
            }

            run.Append(format);
        }

        run.Append(WordText.Of(text));
        return new TableCell(
            properties,
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText }),
                run));
    }

    /// <summary>Column widths in twips, in proportion to the outline's relative widths.</summary>
    private static int[] ColumnWidths(IReadOnlyList<int> relative, int columns, int textWidth)
    {
        var weights = Enumerable.Range(0, columns).Select(i => i < relative.Count && relative[i] > 0 ? relative[i] : 1).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => textWidth * w / total)];
    }

    private static string Twips(int width) => width.ToString(CultureInfo.InvariantCulture);
}

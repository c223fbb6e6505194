using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>A report table as a Word table: full text width, bordered, a repeated header row.</summary>
internal static class WordTables
{
    private const string Border = "B8C2CC", HeaderFill = "DDE7F0";

    public static void Write(WordXml xml, Outline.Table table, int textWidth)
    {
        var widths = ColumnWidths(table.Widths, table.Header.Count, textWidth);
        var twips = widths.Select(Twips).ToArray();
        xml.StartTable(
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
            new TableGrid(twips.Select(w => new GridColumn { Width = w })));

        Row(xml, table.Header, twips, fill: HeaderFill, bold: true, header: true);
        foreach (var row in table.Rows)
        {
            Row(xml, row.Cells, twips, fill: row.Flagged ? WordStyles.AlertFill : null, bold: false, header: false, row.Flagged);
        }

        xml.End();
    }

    private static void Row(WordXml xml, IReadOnlyList<string> cells, string[] widths, string? fill, bool bold, bool header, bool flagged = false)
    {
        xml.StartRow(header);
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            // In a flagged row the marker column (the last) is set in the alert colour.
            var alert = flagged && i == widths.Length - 1 && text.Length > 0;
            xml.Cell(text, widths[i], fill, bold, alert);
        }

        xml.End();
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

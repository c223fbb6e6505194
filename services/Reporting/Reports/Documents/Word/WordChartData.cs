using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The workbook behind a Word chart: labels in column A, values in column B, the series name
/// in B1. Word opens it when the reader chooses to edit the chart's data.
/// </summary>
internal static class WordChartData
{
    public const string Sheet = "Sheet1";

    public static string Labels(int count) => $"{Sheet}!$A$2:$A${count + 1}";

    public static string Values(int count) => $"{Sheet}!$B$2:$B${count + 1}";

    public static string SeriesName => $"{Sheet}!$B$1";

    public static MemoryStream Workbook(BarChart chart)
    {
        var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData(new Row(Text("A1", ""), Text("B1", chart.ValueAxisTitle)) { RowIndex = 1 });
            for (var i = 0; i < chart.Bars.Count; i++)
            {
                var index = (uint)i + 2;
                rows.Append(new Row(
                    Text($"A{index}", chart.Bars[i].Label),
                    new Cell(new CellValue(chart.Bars[i].Value)) { CellReference = $"B{index}", DataType = CellValues.Number })
                {
                    RowIndex = index,
                });
            }

            worksheet.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = Sheet, SheetId = 1, Id = workbook.GetIdOfPart(worksheet) }));
        }

        buffer.Position = 0;
        return buffer;
    }

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
}

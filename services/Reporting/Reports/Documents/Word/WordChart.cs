using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using BarChart = Reporting.Reports.Documents.Outline.BarChart;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// A native Word chart: a chart part with its data in an embedded workbook, so Word and
/// LibreOffice open it as a chart whose data can be edited, placed inline in a paragraph.
/// </summary>
internal static class WordChart
{
    private const long EmuPerCentimetre = 360000;
    private const long Width = 16 * EmuPerCentimetre, Height = 8 * EmuPerCentimetre;

    public static Paragraph Add(MainDocumentPart main, BarChart chart, uint drawingId)
    {
        var part = main.AddNewPart<ChartPart>();
        var data = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var workbook = WordChartData.Workbook(chart))
        {
            data.FeedData(workbook);
        }

        part.ChartSpace = WordChartSpace.Build(chart, part.GetIdOfPart(data));

        var inline = new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = $"Chart {drawingId}", Description = chart.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };

        return new Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }
}

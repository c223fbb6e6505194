using DocumentFormat.OpenXml;
using Reporting.Reports.Documents.Outline;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reporting.Reports.Documents.Word;

/// <summary>The DrawingML of a clustered column chart with one series, its values cached.</summary>
internal static class WordChartSpace
{
    private const uint CategoryAxis = 48650112, ValueAxis = 48672768;

    public static C.ChartSpace Build(BarChart chart, string dataRelationshipId)
    {
        var count = chart.Bars.Count;
        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.StringReference(
                new C.Formula(WordChartData.SeriesName),
                Strings([chart.ValueAxisTitle]))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = WordStyles.Accent })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(
                new C.Formula(WordChartData.Labels(count)),
                Strings(chart.Bars.Select(b => b.Label).ToList()))),
            new C.Values(new C.NumberReference(
                new C.Formula(WordChartData.Values(count)),
                Numbers(chart.Bars.Select(b => b.Value).ToList()))));

        var plotArea = new C.PlotArea(
            new C.Layout(),
            new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                series,
                new C.GapWidth { Val = 80 },
                new C.AxisId { Val = CategoryAxis },
                new C.AxisId { Val = ValueAxis }),
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                Title(chart.ValueAxisTitle, size: 1000, rotated: true),
                new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                new C.MajorUnit { Val = 1 }));

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title, size: 1400, rotated: false),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = dataRelationshipId });
    }

    private static C.Title Title(string text, int size, bool rotated) => new(
        new C.ChartText(new C.RichText(
            rotated ? new A.BodyProperties { Rotation = -5400000, Vertical = A.TextVerticalValues.Horizontal } : new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = true }),
                new A.Run(new A.RunProperties { Language = "en-GB", FontSize = size, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.StringCache Strings(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        cache.Append(values.Select((value, i) => new C.StringPoint(new C.NumericValue(value)) { Index = (uint)i }));
        return cache;
    }

    private static C.NumberingCache Numbers(IReadOnlyList<int> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        cache.Append(values.Select((value, i) =>
            new C.NumericPoint(new C.NumericValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i }));
        return cache;
    }
}

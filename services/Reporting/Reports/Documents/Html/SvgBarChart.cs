using System.Xml.Linq;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents.Html;

/// <summary>A vertical bar chart drawn as inline SVG, with a value axis in whole numbers.</summary>
internal static class SvgBarChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Colours = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0"];

    private const double Width = 640, Height = 320, Left = 56, Right = 16, Top = 24, Bottom = 64;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static XElement Draw(BarChart chart)
    {
        var (top, step) = Scale(chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var band = PlotWidth / Math.Max(1, chart.Bars.Count);
        return new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            new XAttribute("width", N(Width)),
            new XAttribute("height", N(Height)),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "system-ui, Arial, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", chart.Title),
            Enumerable.Range(0, (int)(top / step) + 1).Select(i => Tick(i * step, top)),
            new XElement(Svg + "text",
                new XAttribute("transform", $"translate(14 {N(Top + PlotHeight / 2)}) rotate(-90)"),
                new XAttribute("text-anchor", "middle"),
                chart.ValueAxisTitle),
            chart.Bars.Select((bar, i) => Column(bar, i, band, top)),
            Line(Left, Top + PlotHeight, Left + PlotWidth, Top + PlotHeight, "#333"));
    }

    private static IEnumerable<XElement> Tick(int value, int top)
    {
        var y = Y(value, top);
        yield return Line(Left, y, Left + PlotWidth, y, "#d9d9d9");
        yield return new XElement(Svg + "text",
            new XAttribute("x", N(Left - 6)), new XAttribute("y", N(y + 4)), new XAttribute("text-anchor", "end"),
            value.ToString(CultureInfo.InvariantCulture));
    }

    private static XElement Column(Bar bar, int index, double band, int top)
    {
        var x = Left + index * band + band * 0.2;
        var y = Y(bar.Value, top);
        var centre = x + band * 0.3;
        return new XElement(Svg + "g",
            new XElement(Svg + "rect",
                new XAttribute("x", N(x)), new XAttribute("y", N(y)),
                new XAttribute("width", N(band * 0.6)), new XAttribute("height", N(Top + PlotHeight - y)),
                new XAttribute("fill", Colours[index % Colours.Length]),
                new XElement(Svg + "title", $"{bar.Label}: {bar.Value.ToString(CultureInfo.InvariantCulture)}")),
            new XElement(Svg + "text",
                new XAttribute("x", N(centre)), new XAttribute("y", N(y - 4)), new XAttribute("text-anchor", "middle"),
                bar.Value.ToString(CultureInfo.InvariantCulture)),
            new XElement(Svg + "text",
                new XAttribute("x", N(centre)), new XAttribute("y", N(Top + PlotHeight + 18)), new XAttribute("text-anchor", "middle"),
                bar.Label));
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string colour) =>
        new(Svg + "line",
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", colour));

    /// <summary>The axis top and tick step: at most about five ticks, each a whole number.</summary>
    private static (int Top, int Step) Scale(int max)
    {
        var step = Math.Max(1, (int)Math.Ceiling(max / 5.0));
        return (Math.Max(step, (int)Math.Ceiling(max / (double)step) * step), step);
    }

    private static double Y(int value, int top) => Top + PlotHeight - PlotHeight * value / top;

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

using System.Xml.Linq;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents.Html;

/// <summary>The XHTML elements of each outline block.</summary>
internal static class HtmlElements
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    // Kept free of '<', '>' and '&': the style element is raw text to an HTML parser, so an
    // XML-escaped character would reach the browser escaped.
    public const string Stylesheet = """
        body { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b;
               line-height: 1.5; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: 0.5rem; }
        h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .notice { border-left: 6px solid #b00020; background: #fdecea; padding: 0.75rem 1rem; font-weight: bold; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #b8c2cc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #dde7f0; }
        tr.flagged td { background: #fdecea; }
        tr.flagged td:last-child { color: #b00020; font-weight: bold; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; }
        """;

    public static XElement Block(ReportBlock block) => block switch
    {
        Heading heading => new XElement(Xhtml + $"h{Math.Clamp(heading.Level, 1, 6)}", heading.Text),
        Paragraph { Label: { } label } paragraph =>
            new XElement(Xhtml + "p", new XElement(Xhtml + "strong", $"{label}:"), $" {paragraph.Text}"),
        Paragraph paragraph => new XElement(Xhtml + "p", paragraph.Text),
        Notice notice => new XElement(Xhtml + "p", new XAttribute("class", "notice"), new XAttribute("role", "alert"), notice.Text),
        BulletList list => new XElement(Xhtml + "ul", Content(list.Items.Select(item => new XElement(Xhtml + "li", item)))),
        Table table => Table(table),
        BarChart chart => new XElement(Xhtml + "figure",
            SvgBarChart.Draw(chart),
            new XElement(Xhtml + "figcaption", chart.Title)),
        _ => throw new NotSupportedException($"No HTML for {block.GetType().Name}."),
    };

    private static XElement Table(Table table) =>
        new(Xhtml + "div", new XAttribute("class", "table"),
            new XElement(Xhtml + "table",
                new XElement(Xhtml + "thead",
                    new XElement(Xhtml + "tr",
                        table.Header.Select(h => new XElement(Xhtml + "th", new XAttribute("scope", "col"), h)))),
                new XElement(Xhtml + "tbody", Content(table.Rows.Select(Row)))));

    // Cells always get string content, and an empty list or table body gets an empty string, so
    // no element is written as <td/>, which an HTML parser does not read as closed.
    private static XElement Row(TableRow row) =>
        new(Xhtml + "tr",
            row.Flagged ? new XAttribute("class", "flagged") : null,
            row.Cells.Select(cell => new XElement(Xhtml + "td", cell)));

    private static object Content(IEnumerable<XElement> children)
    {
        var list = children.ToList();
        return list.Count == 0 ? string.Empty : list;
    }
}

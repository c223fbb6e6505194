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
        body { font-family: "Times New Roman", Times, "Noto Serif", serif; font-size: 11pt; color: #000;
               line-height: 1.4; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        .cover { border-bottom: 1px solid #000; padding-bottom: 1rem; margin-bottom: 1.5rem; }
        .cover .symbols p { margin: 0; font-weight: bold; font-size: 12pt; text-align: end; }
        .cover .distribution { margin-top: 0.75rem; }
        .cover .distribution p, .cover .meeting p, .cover .agenda p { margin: 0; }
        .cover .distribution p { text-align: end; }
        .cover .draft { color: #b00020; font-weight: bold; }
        .cover .meeting, .cover .agenda { margin-top: 0.75rem; }
        .cover .conference, .cover .agenda-title { font-weight: bold; }
        .cover h1 { font-size: 14pt; margin: 1.25rem 0 0.5rem; }
        .footnote { font-size: 9pt; border-top: 1px solid #000; padding-top: 0.25rem; width: 12rem; }
        h1 { font-size: 14pt; }
        h2 { font-size: 12pt; margin-top: 1.75rem; }
        h3 { font-size: 10.5pt; margin-top: 1.25rem; }
        .number { display: inline-block; min-width: 2.5rem; }
        p.numbered { text-align: justify; padding-inline-start: 2.5rem; text-indent: -2.5rem; }
        .notice { border-inline-start: 6px solid #b00020; background: #fdecea; padding: 0.75rem 1rem; font-weight: bold; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #808080; padding: 0.2rem 0.4rem; text-align: start; vertical-align: top; }
        thead th { background: #e8e8e8; }
        tr.flagged td { background: #fdecea; }
        tr.flagged td:last-child { color: #b00020; font-weight: bold; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; }
        @media print {
          body { margin: 0; max-width: none; }
          .page-break { break-before: page; }
        }
        """;

    public static XElement Block(ReportBlock block) => block switch
    {
        Cover cover => Cover(cover),
        Heading { Number: { } number } heading =>
            new XElement(Xhtml + $"h{Math.Clamp(heading.Level, 1, 6)}", new XElement(Xhtml + "span", new XAttribute("class", "number"), $"{number}."), $" {heading.Text}"),
        Heading heading => new XElement(Xhtml + $"h{Math.Clamp(heading.Level, 1, 6)}", heading.Text),
        NumberedParagraph paragraph => new XElement(Xhtml + "p", new XAttribute("class", "numbered"),
            new XElement(Xhtml + "span", new XAttribute("class", "number"), $"{paragraph.Number.ToString(CultureInfo.InvariantCulture)}."),
            // The space keeps number and text apart for a reader that ignores the stylesheet.
            $" {paragraph.Text}"),
        Paragraph { Label: { } label } paragraph =>
            new XElement(Xhtml + "p", new XElement(Xhtml + "strong", $"{label}:"), $" {paragraph.Text}"),
        Paragraph paragraph => new XElement(Xhtml + "p", paragraph.Text),
        Notice notice => new XElement(Xhtml + "p", new XAttribute("class", "notice"), new XAttribute("role", "note"), notice.Text),
        BulletList list => new XElement(Xhtml + "ul", Content(list.Items.Select(item => new XElement(Xhtml + "li", item)))),
        PageBreak => new XElement(Xhtml + "div", new XAttribute("class", "page-break"), new XAttribute("role", "presentation"), string.Empty),
        Table table => Table(table),
        BarChart chart => new XElement(Xhtml + "figure",
            SvgBarChart.Draw(chart),
            new XElement(Xhtml + "figcaption", chart.Title)),
        _ => throw new NotSupportedException($"No HTML for {block.GetType().Name}."),
    };

    private static XElement Cover(Cover cover) =>
        new(Xhtml + "header", new XAttribute("class", "cover"),
            new XElement(Xhtml + "div", new XAttribute("class", "symbols"), cover.Symbols.Select(symbol => new XElement(Xhtml + "p", symbol))),
            new XElement(Xhtml + "div", new XAttribute("class", "distribution"),
                new XElement(Xhtml + "p", cover.Distribution),
                new XElement(Xhtml + "p", cover.Date),
                new XElement(Xhtml + "p", cover.LanguageLine),
                cover.Draft is { } draft ? new XElement(Xhtml + "p", new XAttribute("class", "draft"), draft) : null),
            cover.Meetings.Select(meeting => new XElement(Xhtml + "div", new XAttribute("class", "meeting"),
                new XElement(Xhtml + "p", new XAttribute("class", "conference"), meeting.Conference),
                new XElement(Xhtml + "p", meeting.Meeting),
                meeting.VenueAndDates is { } place ? new XElement(Xhtml + "p", place) : null)),
            cover.AgendaItem is { } item
                ? new XElement(Xhtml + "div", new XAttribute("class", "agenda"),
                    new XElement(Xhtml + "p", item, cover.AgendaFootnote is null ? null : new XElement(Xhtml + "sup", "*")),
                    cover.AgendaTitle is { } title ? new XElement(Xhtml + "p", new XAttribute("class", "agenda-title"), title) : null)
                : null,
            new XElement(Xhtml + "h1", cover.Title),
            cover.AgendaFootnote is { } footnote
                ? new XElement(Xhtml + "p", new XAttribute("class", "footnote"), new XElement(Xhtml + "sup", "*"), $" {footnote}")
                : null);

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

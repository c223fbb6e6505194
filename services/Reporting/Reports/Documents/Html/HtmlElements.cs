using System.Xml;
using System.Xml.Linq;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents.Html;

/// <summary>The XHTML of each outline block.</summary>
internal static class HtmlElements
{
    public const string Namespace = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Xhtml = Namespace;

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

    /// <summary>
    /// Writes a block as the page's XHTML. A table's rows are left to <see cref="Row"/>, so that
    /// the page can go to its output between two rows of a table of a hundred thousand.
    /// Each element is written as <see cref="XElement"/> would write the same tree, and the
    /// cover and the chart, built once per page, are such trees.
    /// </summary>
    public static void Write(XmlWriter writer, ReportBlock block)
    {
        switch (block)
        {
            case Cover cover:
                Cover(cover).WriteTo(writer);
                break;
            case Heading { Number: { } number } heading:
                writer.WriteStartElement(HeadingName(heading.Level), Namespace);
                Text(writer, "span", $"{number}.", "number");
                writer.WriteString($" {heading.Text}");
                writer.WriteFullEndElement();
                break;
            case Heading heading:
                Text(writer, HeadingName(heading.Level), heading.Text);
                break;
            case NumberedParagraph paragraph:
                writer.WriteStartElement("p", Namespace);
                writer.WriteAttributeString("class", "numbered");
                Text(writer, "span", $"{paragraph.Number.ToString(CultureInfo.InvariantCulture)}.", "number");
                // The space keeps number and text apart for a reader that ignores the stylesheet.
                writer.WriteString($" {paragraph.Text}");
                writer.WriteFullEndElement();
                break;
            case Paragraph { Label: { } label } paragraph:
                writer.WriteStartElement("p", Namespace);
                Text(writer, "strong", $"{label}:");
                writer.WriteString($" {paragraph.Text}");
                writer.WriteFullEndElement();
                break;
            case Paragraph paragraph:
                Text(writer, "p", paragraph.Text);
                break;
            case Notice notice:
                writer.WriteStartElement("p", Namespace);
                writer.WriteAttributeString("class", "notice");
                writer.WriteAttributeString("role", "note");
                writer.WriteString(notice.Text);
                writer.WriteFullEndElement();
                break;
            case BulletList list:
                writer.WriteStartElement("ul", Namespace);
                Empty(writer, list.Items.Count);
                foreach (var item in list.Items)
                {
                    Text(writer, "li", item);
                }

                writer.WriteFullEndElement();
                break;
            case PageBreak:
                writer.WriteStartElement("div", Namespace);
                writer.WriteAttributeString("class", "page-break");
                writer.WriteAttributeString("role", "presentation");
                writer.WriteString(string.Empty);
                writer.WriteFullEndElement();
                break;
            case Table table:
                writer.WriteStartElement("div", Namespace);
                writer.WriteAttributeString("class", "table");
                writer.WriteStartElement("table", Namespace);
                writer.WriteStartElement("thead", Namespace);
                writer.WriteStartElement("tr", Namespace);
                foreach (var header in table.Header)
                {
                    writer.WriteStartElement("th", Namespace);
                    writer.WriteAttributeString("scope", "col");
                    writer.WriteString(header);
                    writer.WriteFullEndElement();
                }

                writer.WriteFullEndElement();
                writer.WriteFullEndElement();
                writer.WriteStartElement("tbody", Namespace);
                Empty(writer, table.Rows.Count);
                break;
            case BarChart chart:
                new XElement(Xhtml + "figure",
                    SvgBarChart.Draw(chart),
                    new XElement(Xhtml + "figcaption", chart.Title)).WriteTo(writer);
                break;
            default:
                throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
        }
    }

    public static void Row(XmlWriter writer, TableRow row)
    {
        writer.WriteStartElement("tr", Namespace);
        if (row.Flagged)
        {
            writer.WriteAttributeString("class", "flagged");
        }

        foreach (var cell in row.Cells)
        {
            // Cells always get string content, so none is written as <td/>, which an HTML parser does not read as closed.
            Text(writer, "td", cell);
        }

        writer.WriteFullEndElement();
    }

    /// <summary>Closes a table <see cref="Write"/> opened, after its rows.</summary>
    public static void EndTable(XmlWriter writer)
    {
        writer.WriteFullEndElement();
        writer.WriteFullEndElement();
        writer.WriteFullEndElement();
    }

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

    private static string HeadingName(int level) => $"h{Math.Clamp(level, 1, 6).ToString(CultureInfo.InvariantCulture)}";

    private static void Text(XmlWriter writer, string name, string text, string? @class = null)
    {
        writer.WriteStartElement(name, Namespace);
        if (@class is not null)
        {
            writer.WriteAttributeString("class", @class);
        }

        writer.WriteString(text);
        writer.WriteFullEndElement();
    }

    // An empty list or table body gets empty text, so that it is not written as <tbody/> either.
    private static void Empty(XmlWriter writer, int children)
    {
        if (children == 0)
        {
            writer.WriteString(string.Empty);
        }
    }
}

using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The document body written straight to its part, one paragraph or table row at a time: a
/// report of a hundred thousand activities has a paragraph for each and a row for each in its
/// sources, far too many elements to build as a document object model and serialise afterwards.
/// The markup is what the SDK writes for the same paragraphs, runs and cells; the few blocks
/// built once per document (the cover, the chart, the section properties) are built with the
/// SDK and written through <see cref="Element"/>. In a right-to-left document every paragraph is
/// bidirectional and every run right to left, as <see cref="MarkRightToLeft"/> marks the SDK's.
/// </summary>
internal sealed class WordXml(XmlWriter writer, bool rightToLeft)
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Prefix = "w";

    /// <summary>An element built with the SDK, marked right to left where the document is.</summary>
    public void Element(OpenXmlElement element)
    {
        if (rightToLeft)
        {
            MarkRightToLeft(element);
        }

        element.WriteTo(writer);
    }

    /// <summary>A paragraph in <paramref name="style"/> (none for Normal) with one run of text.</summary>
    public void Paragraph(string? style, string text, bool bold = false)
    {
        Start("p");
        ParagraphProperties(style);
        Run(text, bold);
        writer.WriteEndElement();
    }

    /// <summary>"12." and a tab before the text, so the text aligns at the style's indent whatever the number's width.</summary>
    public void Numbered(string style, string number, string text)
    {
        Start("p");
        ParagraphProperties(style);
        Run(number + ".", tab: true);
        Run(text);
        writer.WriteEndElement();
    }

    /// <summary>A paragraph whose label is set in bold before its text.</summary>
    public void Labelled(string label, string text)
    {
        Start("p");
        ParagraphProperties(null);
        Run($"{label}: ", bold: true);
        Run(text);
        writer.WriteEndElement();
    }

    /// <summary>An empty paragraph, which keeps two tables in a row from merging into one.</summary>
    public void EmptyParagraph()
    {
        Start("p");
        ParagraphProperties(null);
        writer.WriteEndElement();
    }

    public void PageBreak()
    {
        Start("p");
        ParagraphProperties(null);
        Start("r");
        RunProperties(bold: false, alert: false);
        Start("br");
        writer.WriteAttributeString(Prefix, "type", Namespace, "page");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Opens a table with its properties and grid; a right-to-left document lays it out from the right.</summary>
    public void StartTable(TableProperties properties, TableGrid grid)
    {
        Start("tbl");
        if (rightToLeft)
        {
            properties.BiDiVisual = new BiDiVisual();
        }

        properties.WriteTo(writer);
        grid.WriteTo(writer);
    }

    public void StartRow(bool header)
    {
        Start("tr");
        if (header)
        {
            Start("trPr");
            Empty("tblHeader");
            Empty("cantSplit");
            writer.WriteEndElement();
        }
    }

    /// <summary>A cell <paramref name="width"/> twips wide, shaded with <paramref name="fill"/> when given, its text in the table text style.</summary>
    public void Cell(string text, string width, string? fill, bool bold, bool alert)
    {
        Start("tc");
        Start("tcPr");
        Start("tcW");
        writer.WriteAttributeString(Prefix, "w", Namespace, width);
        writer.WriteAttributeString(Prefix, "type", Namespace, "dxa");
        writer.WriteEndElement();
        if (fill is not null)
        {
            Start("shd");
            writer.WriteAttributeString(Prefix, "val", Namespace, "clear");
            writer.WriteAttributeString(Prefix, "color", Namespace, "auto");
            writer.WriteAttributeString(Prefix, "fill", Namespace, fill);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        Start("p");
        ParagraphProperties(WordStyles.TableText);
        Run(text, bold, alert);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Closes the innermost row or table.</summary>
    public void End() => writer.WriteEndElement();

    /// <summary>
    /// Marks every paragraph in <paramref name="root"/> (itself included) bidirectional, every
    /// run right to left and every table as laid out from the right. The typed property setters
    /// put each mark where the schema orders it.
    /// </summary>
    public static void MarkRightToLeft(OpenXmlElement root)
    {
        foreach (var paragraph in SelfAndDescendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(root))
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.BiDi = new BiDi();
        }

        foreach (var run in SelfAndDescendants<Run>(root))
        {
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.RightToLeftText = new RightToLeftText();
        }

        foreach (var table in SelfAndDescendants<Table>(root))
        {
            table.GetFirstChild<TableProperties>()!.BiDiVisual = new BiDiVisual();
        }
    }

    private static IEnumerable<T> SelfAndDescendants<T>(OpenXmlElement root)
        where T : OpenXmlElement =>
        root is T self ? [self, .. root.Descendants<T>()] : root.Descendants<T>();

    private void Run(string text, bool bold = false, bool alert = false, bool tab = false)
    {
        Start("r");
        RunProperties(bold, alert);
        Start("t");
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(text);
        // An empty text closes with an end tag too, as the SDK writes it.
        writer.WriteFullEndElement();
        if (tab)
        {
            Empty("tab");
        }

        writer.WriteEndElement();
    }

    // In the schema's order: style, then bidi.
    private void ParagraphProperties(string? style)
    {
        if (style is null && !rightToLeft)
        {
            return;
        }

        Start("pPr");
        if (style is not null)
        {
            Start("pStyle");
            writer.WriteAttributeString(Prefix, "val", Namespace, style);
            writer.WriteEndElement();
        }

        if (rightToLeft)
        {
            Empty("bidi");
        }

        writer.WriteEndElement();
    }

    // In the schema's order: bold, colour, right to left.
    private void RunProperties(bool bold, bool alert)
    {
        if (!bold && !alert && !rightToLeft)
        {
            return;
        }

        Start("rPr");
        if (bold)
        {
            Empty("b");
        }

        if (alert)
        {
            Start("color");
            writer.WriteAttributeString(Prefix, "val", Namespace, WordStyles.Alert);
            writer.WriteEndElement();
        }

        if (rightToLeft)
        {
            Empty("rtl");
        }

        writer.WriteEndElement();
    }

    private void Start(string name) => writer.WriteStartElement(Prefix, name, Namespace);

    private void Empty(string name)
    {
        Start(name);
        writer.WriteEndElement();
    }
}

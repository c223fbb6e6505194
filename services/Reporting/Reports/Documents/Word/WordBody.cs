using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents.Outline;
using Paragraph = Reporting.Reports.Documents.Outline.Paragraph;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The document body of an outline on A4 pages: the cover page without a page header, every
/// later page headed by the symbols, every page numbered in its footer. A right-to-left
/// language makes every paragraph, run and table bidirectional.
/// </summary>
internal static class WordBody
{
    // A4 in twentieths of a point; 1134 is 2 cm.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;

    // As the SDK writes a part: UTF-8 without a byte order mark, an XML declaration, no indentation.
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CloseOutput = true };

    /// <summary>Writes the main document part, adding the parts its blocks refer to (footnotes, chart, headers and footers).</summary>
    public static void Write(MainDocumentPart main, DocumentOutline outline)
    {
        using (var writer = XmlWriter.Create(main.GetStream(FileMode.Create, FileAccess.Write), PartSettings))
        {
            var xml = new WordXml(writer, outline.RightToLeft);
            writer.WriteStartDocument();
            writer.WriteStartElement("w", "document", WordXml.Namespace);
            writer.WriteStartElement("w", "body", WordXml.Namespace);
            uint drawings = 0;
            foreach (var block in outline.Blocks)
            {
                Write(main, xml, block, ref drawings);
            }

            xml.Element(Section(main, outline));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        if (outline.RightToLeft)
        {
            foreach (var part in main.HeaderParts)
            {
                WordXml.MarkRightToLeft(part.Header!);
            }

            foreach (var part in main.FooterParts)
            {
                WordXml.MarkRightToLeft(part.Footer!);
            }

            if (main.FootnotesPart?.Footnotes is { } footnotes)
            {
                WordXml.MarkRightToLeft(footnotes);
            }
        }
    }

    private static void Write(MainDocumentPart main, WordXml xml, ReportBlock block, ref uint drawings)
    {
        switch (block)
        {
            case Cover cover:
                foreach (var element in WordCover.Build(main, cover))
                {
                    xml.Element(element);
                }

                break;
            case Heading { Number: { } number } heading:
                xml.Numbered(HeadingStyle(heading.Level), number, heading.Text);
                break;
            case Heading heading:
                xml.Paragraph(HeadingStyle(heading.Level), heading.Text);
                break;
            case NumberedParagraph paragraph:
                xml.Numbered(WordStyles.NumberedParagraph, paragraph.Number.ToString(CultureInfo.InvariantCulture), paragraph.Text);
                break;
            case Paragraph { Label: { } label } paragraph:
                xml.Labelled(label, paragraph.Text);
                break;
            case Paragraph paragraph:
                xml.Paragraph(null, paragraph.Text);
                break;
            case Notice notice:
                xml.Paragraph(WordStyles.Notice, notice.Text);
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    xml.Paragraph(WordStyles.ListBullet, item);
                }

                break;
            case PageBreak:
                xml.PageBreak();
                break;
            case Outline.Table table:
                WordTables.Write(xml, table, TextWidth);
                // A paragraph after each table keeps two tables in a row from merging into one.
                xml.EmptyParagraph();
                break;
            case BarChart chart:
                xml.Element(WordChart.Add(main, chart, ++drawings));
                break;
            default:
                throw new NotSupportedException($"No Word element for {block.GetType().Name}.");
        }
    }

    private static string HeadingStyle(int level) => level switch
    {
        1 => WordStyles.Heading1,
        2 => WordStyles.Heading2,
        _ => WordStyles.Heading3,
    };

    private static SectionProperties Section(MainDocumentPart main, DocumentOutline outline)
    {
        // The cover block shows the symbols; the pages after it carry them in their header.
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(outline.Symbols.Select(symbol => WordText.Styled(WordStyles.Header, WordText.Run(symbol))));
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(WordText.Styled(WordStyles.Header));

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumber());
        var firstFooter = main.AddNewPart<FooterPart>();
        firstFooter.Footer = new Footer(PageNumber());

        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) },
            // The cover's footnote is marked "*" as on UN cover pages: footnotes count *, †, ‡.
            new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Chicago }),
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = Margin, Bottom = Margin, Left = Margin, Right = Margin,
                Header = 567, Footer = 567, Gutter = 0,
            },
            new TitlePage());
        if (outline.RightToLeft)
        {
            section.Append(new BiDi());
        }

        return section;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph PageNumber() =>
        WordText.Styled(WordStyles.Footer, new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
}

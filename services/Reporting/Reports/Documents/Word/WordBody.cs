using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents.Outline;
using Paragraph = Reporting.Reports.Documents.Outline.Paragraph;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The document body of an outline on A4 pages: the cover page without a page header, every
/// later page headed by the symbols, every page numbered in its footer. A right-to-left
/// language makes every paragraph, run and table bidirectional. <see cref="Prepare"/> adds the
/// parts the body refers to (footnotes, chart, headers and footers) while the package is open;
/// <see cref="Write"/> then writes the body itself, as long as it is, to a stream of its own.
/// </summary>
internal sealed class WordBody
{
    // A4 in twentieths of a point; 1134 is 2 cm.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;

    // As the SDK writes a part: UTF-8 without a byte order mark, an XML declaration, no indentation.
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    private readonly DocumentOutline outline;

    // The blocks built with the SDK because they refer to parts (the cover, the chart), by their place in the outline.
    private readonly IReadOnlyList<OpenXmlElement>?[] built;
    private readonly SectionProperties section;

    private WordBody(DocumentOutline outline, IReadOnlyList<OpenXmlElement>?[] built, SectionProperties section)
    {
        this.outline = outline;
        this.built = built;
        this.section = section;
    }

    /// <summary>Adds the parts the body of <paramref name="outline"/> refers to, in the order the body refers to them.</summary>
    public static WordBody Prepare(MainDocumentPart main, DocumentOutline outline)
    {
        var built = new IReadOnlyList<OpenXmlElement>?[outline.Blocks.Count];
        uint drawings = 0;
        for (var index = 0; index < built.Length; index++)
        {
            built[index] = outline.Blocks[index] switch
            {
                Cover cover => [.. WordCover.Build(main, cover)],
                BarChart chart => [WordChart.Add(main, chart, ++drawings)],
                _ => null,
            };
        }

        var section = Section(main, outline);
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

        return new WordBody(outline, built, section);
    }

    /// <summary>Writes the main document part's XML to <paramref name="stream"/>, which is left open.</summary>
    public void Write(Stream stream)
    {
        using var writer = XmlWriter.Create(stream, PartSettings);
        var xml = new WordXml(writer, outline.RightToLeft);
        writer.WriteStartDocument();
        writer.WriteStartElement("w", "document", WordXml.Namespace);
        writer.WriteStartElement("w", "body", WordXml.Namespace);
        for (var index = 0; index < built.Length; index++)
        {
            if (built[index] is { } elements)
            {
                foreach (var element in elements)
                {
                    xml.Element(element);
                }
            }
            else
            {
                Write(xml, outline.Blocks[index]);
            }
        }

        xml.Element(section);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Write(WordXml xml, ReportBlock block)
    {
        switch (block)
        {
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

using DocumentFormat.OpenXml;
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

    public static Body Build(MainDocumentPart main, DocumentOutline outline)
    {
        var body = new Body();
        uint drawings = 0;
        foreach (var block in outline.Blocks)
        {
            body.Append(Elements(main, block, ref drawings));
        }

        body.Append(Section(main, outline));
        if (outline.RightToLeft)
        {
            RightToLeft(body);
            RightToLeft(main.HeaderParts.Select(part => part.Header!).Concat<OpenXmlElement>(main.FooterParts.Select(part => part.Footer!)));
            if (main.FootnotesPart?.Footnotes is { } footnotes)
            {
                RightToLeft(footnotes);
            }
        }

        return body;
    }

    private static IEnumerable<OpenXmlElement> Elements(MainDocumentPart main, ReportBlock block, ref uint drawings) => block switch
    {
        Cover cover => WordCover.Build(main, cover),
        Heading { Number: { } number } heading => [WordText.Styled(HeadingStyle(heading.Level), WordText.Numbered(number, heading.Text))],
        Heading heading => [WordText.Styled(HeadingStyle(heading.Level), WordText.Run(heading.Text))],
        NumberedParagraph paragraph => [WordText.Styled(
            WordStyles.NumberedParagraph, WordText.Numbered(paragraph.Number.ToString(CultureInfo.InvariantCulture), paragraph.Text))],
        Paragraph { Label: { } label } paragraph => [WordText.Plain(WordText.Run($"{label}: ", bold: true), WordText.Run(paragraph.Text))],
        Paragraph paragraph => [WordText.Plain(WordText.Run(paragraph.Text))],
        Notice notice => [WordText.Styled(WordStyles.Notice, WordText.Run(notice.Text))],
        BulletList list => list.Items.Select(item => WordText.Styled(WordStyles.ListBullet, WordText.Run(item))),
        PageBreak => [new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Break { Type = BreakValues.Page }))],
        // A paragraph after each table keeps two tables in a row from merging into one.
        Outline.Table table => [WordTables.Build(table, TextWidth), WordText.Plain()],
        BarChart chart => [WordChart.Add(main, chart, ++drawings)],
        _ => throw new NotSupportedException($"No Word element for {block.GetType().Name}."),
    };

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

    /// <summary>
    /// Marks every paragraph bidirectional, every run right-to-left and every table as laid out
    /// from the right. The typed property setters put each mark where the schema orders it.
    /// </summary>
    private static void RightToLeft(OpenXmlElement root) => RightToLeft([root]);

    private static void RightToLeft(IEnumerable<OpenXmlElement> roots)
    {
        foreach (var root in roots)
        {
            foreach (var paragraph in root.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
            {
                var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
                properties.BiDi = new BiDi();
            }

            foreach (var run in root.Descendants<Run>())
            {
                var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
                properties.RightToLeftText = new RightToLeftText();
            }

            foreach (var table in root.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>())
            {
                table.GetFirstChild<TableProperties>()!.BiDiVisual = new BiDiVisual();
            }
        }
    }
}

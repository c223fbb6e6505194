using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents.Outline;
using Paragraph = Reporting.Reports.Documents.Outline.Paragraph;

namespace Reporting.Reports.Documents.Word;

/// <summary>The document body of an outline, on A4 pages with 2 cm margins and a page-numbered footer.</summary>
internal static class WordBody
{
    // A4 in twentieths of a point; 1134 is 2 cm.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;

    public static Body Build(MainDocumentPart main, IReadOnlyList<ReportBlock> outline, string footerText)
    {
        var body = new Body();
        uint drawings = 0;
        foreach (var block in outline)
        {
            body.Append(Elements(main, block, ref drawings));
        }

        body.Append(Section(main, footerText));
        return body;
    }

    private static IEnumerable<OpenXmlElement> Elements(MainDocumentPart main, ReportBlock block, ref uint drawings) => block switch
    {
        Heading heading => [WordText.Styled(HeadingStyle(heading.Level), WordText.Run(heading.Text))],
        Paragraph { Label: { } label } paragraph => [WordText.Plain(WordText.Run($"{label}: ", bold: true), WordText.Run(paragraph.Text))],
        Paragraph paragraph => [WordText.Plain(WordText.Run(paragraph.Text))],
        Notice notice => [WordText.Styled(WordStyles.Notice, WordText.Run(notice.Text))],
        BulletList list => list.Items.Select(item => WordText.Styled(WordStyles.ListBullet, WordText.Run(item))),
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

    private static SectionProperties Section(MainDocumentPart main, string footerText)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            WordText.Run($"{footerText} — page "),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = Margin, Bottom = Margin, Left = Margin, Right = Margin,
                Header = 567, Footer = 567, Gutter = 0,
            });
    }
}

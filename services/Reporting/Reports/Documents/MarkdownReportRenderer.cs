using System.Text;
using Reporting.Reports.Documents.Markdown;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents;

/// <summary>
/// GitHub-flavoured Markdown with the Word document's content: the cover block, numbered
/// headings and paragraphs, tables, and the chart as a Mermaid bar chart.
/// </summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    public string Format => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public string FileExtension => ".md";

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(edition));
        await output.WriteAsync(bytes, ct);
    }

    private static string Render(ReportEdition edition)
    {
        var markdown = new StringBuilder();
        foreach (var block in ReportOutline.Build(edition).Blocks)
        {
            Write(markdown, block);
            markdown.Append('\n');
        }

        return markdown.ToString();
    }

    private static void Write(StringBuilder markdown, ReportBlock block)
    {
        switch (block)
        {
            case Cover cover:
                MarkdownText.Cover(markdown, cover);
                break;
            case Heading { Number: { } number } heading:
                markdown.Append('#', heading.Level).Append(' ').Append(MarkdownText.Inline(number)).Append(". ")
                    .Append(MarkdownText.Inline(heading.Text)).Append('\n');
                break;
            case Heading heading:
                markdown.Append('#', heading.Level).Append(' ').Append(MarkdownText.Inline(heading.Text)).Append('\n');
                break;
            case NumberedParagraph paragraph:
                // The full stop is escaped: the number is the document's, not a list Markdown would renumber.
                markdown.Append(paragraph.Number.ToString(CultureInfo.InvariantCulture)).Append("\\. ")
                    .Append(MarkdownText.Inline(paragraph.Text)).Append('\n');
                break;
            case PageBreak:
                markdown.Append("***\n");
                break;
            case Paragraph { Label: { } label } paragraph:
                markdown.Append("**").Append(MarkdownText.Inline(label)).Append(":** ")
                    .Append(MarkdownText.Inline(paragraph.Text)).Append('\n');
                break;
            case Paragraph paragraph:
                markdown.Append(MarkdownText.LineStart(paragraph.Text)).Append('\n');
                break;
            case Notice notice:
                markdown.Append("> [!WARNING]\n> **").Append(MarkdownText.Inline(notice.Text)).Append("**\n");
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    markdown.Append("- ").Append(MarkdownText.LineStart(item)).Append('\n');
                }

                break;
            case Table table:
                MarkdownText.Table(markdown, table);
                break;
            case BarChart chart:
                MarkdownText.Chart(markdown, chart);
                break;
            default:
                throw new NotSupportedException($"No Markdown for {block.GetType().Name}.");
        }
    }
}

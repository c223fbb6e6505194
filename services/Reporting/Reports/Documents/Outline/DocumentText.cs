using Platform.ServiceDefaults.Text;

namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// The one place where text from the report model enters the Word, HTML and Markdown documents.
/// The store may hold text from before the platform's text rule, or written by another path:
/// a control character XML cannot carry would fail the Word document and cut the HTML short, a
/// bidirectional override would make a line read backwards. Each block's text passes
/// <see cref="PlatformText.ForDocument"/> here, so every format renders whatever is stored, whole.
/// </summary>
internal static class DocumentText
{
    public static string Of(string text) => PlatformText.ForDocument(text);

    public static ReportBlock Of(ReportBlock block) => block switch
    {
        Heading heading => heading with { Text = Of(heading.Text) },
        Paragraph paragraph => new Paragraph(Of(paragraph.Text), paragraph.Label is { } label ? Of(label) : null),
        Notice notice => new Notice(Of(notice.Text)),
        BulletList list => new BulletList(Of(list.Items)),
        Table table => table with
        {
            Header = Of(table.Header),
            Rows = [.. table.Rows.Select(row => row with { Cells = Of(row.Cells) })],
        },
        BarChart chart => new BarChart(
            Of(chart.Title), Of(chart.ValueAxisTitle), [.. chart.Bars.Select(bar => bar with { Label = Of(bar.Label) })]),
        // A new kind of block names its text here, or no document renders it.
        _ => throw new NotSupportedException($"No document text for {block.GetType().Name}."),
    };

    private static string[] Of(IReadOnlyList<string> texts) => [.. texts.Select(Of)];
}

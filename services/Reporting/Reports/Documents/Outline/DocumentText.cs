using System.Buffers;
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
    // What the rule may change: C0 controls other than tab, line feed and carriage return, DEL
    // and the C1 controls, surrogates (a lone one is replaced), U+FFFE and U+FFFF, and the
    // bidirectional controls. Text with none of them, nearly all text, is already safe: a
    // vectorised search finds that at a fraction of the cost of the rule's rune-by-rune check.
    private static readonly SearchValues<char> MayChange = SearchValues.Create(
        [
            .. Range('\u0000', '\u0008'), '\u000B', '\u000C', .. Range('\u000E', '\u001F'), .. Range('\u007F', '\u009F'),
            .. Range('\uD800', '\uDFFF'), .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069'), '\uFFFE', '\uFFFF',
        ]);

    public static string Of(string text) =>
        text is null || text.AsSpan().ContainsAny(MayChange) ? PlatformText.ForDocument(text) : text;

    public static ReportBlock Of(ReportBlock block) => block switch
    {
        Cover cover => new Cover(
            Of(cover.Symbols), Of(cover.Distribution), Of(cover.Date), Of(cover.LanguageLine), Maybe(cover.Draft),
            [.. cover.Meetings.Select(m => new CoverMeeting(Of(m.Conference), Of(m.Meeting), Maybe(m.VenueAndDates)))],
            Maybe(cover.AgendaItem), Maybe(cover.AgendaTitle), Maybe(cover.AgendaFootnote), Of(cover.Title)),
        Heading heading => heading with { Text = Of(heading.Text), Number = Maybe(heading.Number) },
        // The one block a hundred thousand activities make as many of: kept when its text is.
        NumberedParagraph paragraph => Of(paragraph.Text) is var text && ReferenceEquals(text, paragraph.Text) ? paragraph : paragraph with { Text = text },
        Paragraph paragraph => new Paragraph(Of(paragraph.Text), Maybe(paragraph.Label)),
        Notice notice => new Notice(Of(notice.Text)),
        BulletList list => new BulletList(Of(list.Items)),
        PageBreak pageBreak => pageBreak,
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

    private static string? Maybe(string? text) => text is null ? null : Of(text);

    private static string[] Of(IReadOnlyList<string> texts) => [.. texts.Select(Of)];

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}

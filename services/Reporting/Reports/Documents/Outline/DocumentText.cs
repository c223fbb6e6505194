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
    public static string Of(string text) => text is null || MayChange(text) ? PlatformText.ForDocument(text) : text;

    // Whether the rule may change the text: it holds a C0 control (tab, line feed and carriage
    // return too, which the rule keeps), DEL or a C1 control, a surrogate (a lone one is
    // replaced), a bidirectional control, U+FFFE or U+FFFF. Nearly all text holds none, which
    // these vectorised searches find at a fraction of the cost of the rule's rune-by-rune check.
    private static bool MayChange(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u001F') || text.ContainsAnyInRange('\u007F', '\u009F')
        || text.ContainsAnyInRange('\uD800', '\uDFFF') || text.ContainsAnyInRange('\u202A', '\u202E')
        || text.ContainsAnyInRange('\u2066', '\u2069') || text.ContainsAnyInRange('\uFFFE', '\uFFFF');

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
            // A row, of which the table of sources has one per activity, is kept when its text is.
            Rows = [.. table.Rows.Select(row => Of(row.Cells) is var cells && ReferenceEquals(cells, row.Cells) ? row : row with { Cells = cells })],
        },
        BarChart chart => new BarChart(
            Of(chart.Title), Of(chart.ValueAxisTitle), [.. chart.Bars.Select(bar => bar with { Label = Of(bar.Label) })]),
        // A new kind of block names its text here, or no document renders it.
        _ => throw new NotSupportedException($"No document text for {block.GetType().Name}."),
    };

    private static string? Maybe(string? text) => text is null ? null : Of(text);

    // The same list when no text changes.
    private static IReadOnlyList<string> Of(IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            if (!ReferenceEquals(Of(text), text))
            {
                return [.. texts.Select(Of)];
            }
        }

        return texts;
    }
}

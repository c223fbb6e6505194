namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// One block of a report document. Every format renders the same outline, so the Word, HTML
/// and Markdown documents carry the same content in the same order.
/// </summary>
internal abstract record ReportBlock;

/// <summary>
/// The cover block of a UN document: the symbols, distribution, date and language, the meetings,
/// the agenda item with its footnote naming the provisional agendas, and the title.
/// </summary>
internal sealed record Cover(
    IReadOnlyList<string> Symbols,
    string Distribution,
    string Date,
    string LanguageLine,
    // "Draft" until the document numbers are all assigned; null once they are.
    string? Draft,
    IReadOnlyList<CoverMeeting> Meetings,
    string? AgendaItem,
    string? AgendaTitle,
    string? AgendaFootnote,
    string Title) : ReportBlock;

/// <summary>A COP on the cover: "Conference of the Parties to the Basel Convention …", "Fifteenth meeting", "Geneva, 26–30 July 2021".</summary>
internal sealed record CoverMeeting(string Conference, string Meeting, string? VenueAndDates);

/// <summary>
/// Level 1 is the annex's title, 2 a numbered section (<c>I.</c>), 3 a subsection (<c>A.</c>).
/// <see cref="Number"/> is the section's numeral or letter, without its full stop.
/// </summary>
internal sealed record Heading(int Level, string Text, string? Number = null) : ReportBlock;

/// <summary>A paragraph of the note or annex with its number, as UN documents number them throughout.</summary>
internal sealed record NumberedParagraph(int Number, string Text) : ReportBlock;

/// <summary>A paragraph, its optional label shown in bold before the text.</summary>
internal sealed record Paragraph(string Text, string? Label = null) : ReportBlock;

/// <summary>Something the reader must not miss, such as a draft that has no document numbers yet.</summary>
internal sealed record Notice(string Text) : ReportBlock;

internal sealed record BulletList(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>Where the annex starts on a new page.</summary>
internal sealed record PageBreak : ReportBlock;

/// <summary>
/// A table with a header row. <see cref="Widths"/> are relative column widths, for formats
/// that lay out a page.
/// </summary>
internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<int> Widths) : ReportBlock;

/// <summary>A table row; a flagged row is highlighted.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Flagged = false);

internal sealed record BarChart(string Title, string ValueAxisTitle, IReadOnlyList<Bar> Bars) : ReportBlock;

internal sealed record Bar(string Label, int Value);

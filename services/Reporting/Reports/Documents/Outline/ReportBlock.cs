namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// One block of a report document. Every format renders the same outline, so the Word, HTML
/// and Markdown documents carry the same content in the same order.
/// </summary>
internal abstract record ReportBlock;

/// <summary>Level 1 is the document title, 2 a section, 3 a subsection.</summary>
internal sealed record Heading(int Level, string Text) : ReportBlock;

/// <summary>A paragraph, its optional label shown in bold before the text.</summary>
internal sealed record Paragraph(string Text, string? Label = null) : ReportBlock;

/// <summary>Something the reader must not miss, such as the sources a partial report lacks.</summary>
internal sealed record Notice(string Text) : ReportBlock;

internal sealed record BulletList(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>
/// A table with a header row. <see cref="Widths"/> are relative column widths, for formats
/// that lay out a page.
/// </summary>
internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<int> Widths) : ReportBlock;

/// <summary>A table row; a flagged row is highlighted.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Flagged = false);

internal sealed record BarChart(string Title, string ValueAxisTitle, IReadOnlyList<Bar> Bars) : ReportBlock;

internal sealed record Bar(string Label, int Value);

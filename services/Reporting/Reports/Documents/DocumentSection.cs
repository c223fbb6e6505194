namespace Reporting.Reports.Documents;

/// <summary>
/// One editable section of the report document. <see cref="Id"/> is short, URL-safe and the same
/// in every language and in every run of the same kind over the same decisions, so a compiler's
/// edit of one run can be carried into the next. <see cref="Text"/> is prose: paragraphs
/// separated by a blank line, each of which the document numbers.
/// </summary>
public sealed record DocumentSection(string Id, string Title, string Text);

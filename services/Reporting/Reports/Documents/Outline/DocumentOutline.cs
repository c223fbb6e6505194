namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// A report laid out for a document: the title and symbol a format puts in its own places (the
/// Word properties and footer, the HTML page title) and the blocks of the body.
/// </summary>
internal sealed record DocumentOutline(string Title, string Symbol, IReadOnlyList<ReportBlock> Blocks);

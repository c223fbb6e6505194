namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// A report laid out for a document: what a format puts in its own places (the Word properties
/// and page header, the HTML page title and direction) and the blocks of the body.
/// </summary>
internal sealed record DocumentOutline(
    string Title,
    IReadOnlyList<string> Symbols,
    CultureInfo Language,
    // The language as a Word document tags it (en-GB, fr-FR, …), from the language's resources.
    string LanguageTag,
    IReadOnlyList<ReportBlock> Blocks)
{
    public bool RightToLeft => ReportLanguages.IsRightToLeft(Language);

    /// <summary>The symbols on one line, as a file's subject or a page title shows them.</summary>
    public string Symbol => string.Join(" \u2013 ", Symbols);
}

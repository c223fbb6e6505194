namespace Reporting.Reports.Documents;

/// <summary>The document formats a consolidated report can be rendered in, by format name.</summary>
public static class ReportRenderers
{
    private static readonly WordReportRenderer Word = new();

    public static IReadOnlyList<IReportRenderer> All { get; } =
    [
        Word,
        new PdfReportRenderer(Word, Pdf.LibreOffice.Installed),
        new HtmlReportRenderer(),
        new MarkdownReportRenderer(),
        new JsonReportRenderer(),
    ];

    /// <summary>The renderer for <paramref name="format"/> (docx, pdf, html, md, json; any case), or null.</summary>
    public static IReportRenderer? Find(string? format) =>
        string.IsNullOrWhiteSpace(format)
            ? null
            : All.FirstOrDefault(r => string.Equals(r.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}

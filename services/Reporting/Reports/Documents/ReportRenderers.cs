using Reporting.Reports.Documents.Pdf;

namespace Reporting.Reports.Documents;

/// <summary>
/// The document formats a consolidated report can be rendered in, by format name. The service
/// takes its instance from dependency injection, with LibreOffice as configured
/// (<c>Reporting:LibreOffice</c>); <see cref="OnThisHost"/> finds LibreOffice on the PATH, for
/// tools and tests that have no configuration.
/// </summary>
public sealed class ReportRenderers
{
    public ReportRenderers(LibreOffice libreOffice)
    {
        var word = new WordReportRenderer();
        All =
        [
            word,
            new PdfReportRenderer(word, libreOffice),
            new HtmlReportRenderer(),
            new MarkdownReportRenderer(),
            new JsonReportRenderer(),
        ];
    }

    public static ReportRenderers OnThisHost { get; } = new(LibreOffice.Installed);

    /// <summary>The format names, in the order a problem lists them.</summary>
    public static IReadOnlyList<string> Formats => [.. OnThisHost.All.Select(renderer => renderer.Format)];

    public IReadOnlyList<IReportRenderer> All { get; }

    /// <summary>The renderer for <paramref name="format"/> (docx, pdf, html, md, json; any case), or null.</summary>
    public IReportRenderer? Find(string? format) =>
        string.IsNullOrWhiteSpace(format)
            ? null
            : All.FirstOrDefault(r => string.Equals(r.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}

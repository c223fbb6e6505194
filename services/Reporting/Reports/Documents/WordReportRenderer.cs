using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Reporting.Reports.Documents.Outline;
using Reporting.Reports.Documents.Word;

namespace Reporting.Reports.Documents;

/// <summary>
/// A Word document in the UN's form: the cover block, numbered headings and paragraphs, tables
/// with header rows, the chart as a native chart part, the symbols in the page header and page
/// numbers in the footer; right to left for Arabic. Valid for Office 2019 and readable by LibreOffice.
/// </summary>
public sealed class WordReportRenderer : IReportRenderer
{
    public string Format => "docx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string FileExtension => ".docx";

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        var outline = ReportOutline.Build(edition);
        using var parts = new MemoryStream();
        WordBody body;
        string bodyEntry;
        using (var document = WordprocessingDocument.Create(parts, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = outline.Title;
            document.PackageProperties.Subject = outline.Symbol;
            document.PackageProperties.Language = outline.Language.Name;
            document.PackageProperties.Created = edition.Report.CompiledAt.UtcDateTime;

            var main = document.AddMainDocumentPart();
            WordStyles.AddTo(main, outline.LanguageTag);
            WordNumbering.AddTo(main);
            body = WordBody.Prepare(main, outline);
            bodyEntry = main.Uri.OriginalString.TrimStart('/');
        }

        // The package is written to a seekable buffer first: the zip format needs one, and a
        // response stream is neither seekable nor open to synchronous writes.
        using var buffer = new MemoryStream();
        WordPackage.Copy(parts, bodyEntry, body.Write, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}

using Reporting.Reports.Documents.Pdf;

namespace Reporting.Reports.Documents;

/// <summary>
/// The Word document as PDF, converted by LibreOffice, so the PDF shows what Word shows: the
/// page header, page numbers and the chart. Where LibreOffice is missing,
/// <see cref="IsAvailable"/> is false and rendering throws <see cref="LibreOfficeMissingException"/>.
/// </summary>
public sealed class PdfReportRenderer(WordReportRenderer word, LibreOffice libreOffice) : IReportRenderer
{
    public string Format => "pdf";

    public string ContentType => "application/pdf";

    public string FileExtension => ".pdf";

    public bool IsAvailable => libreOffice.Executable is not null;

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        using var docx = new MemoryStream();
        await word.RenderAsync(edition, docx, ct);
        var pdf = await libreOffice.ConvertToPdfAsync(docx.ToArray(), ct);
        await output.WriteAsync(pdf, ct);
    }
}

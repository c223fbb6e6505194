namespace Reporting.Reports.Documents;

/// <summary>Writes one edition of a compiled consolidated report (its language, edits and document numbers) as one document format.</summary>
public interface IReportRenderer
{
    /// <summary>The name asked for in <c>?format=</c>: docx, pdf, html, md or json.</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>The file name extension, with its leading dot.</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes the document to <paramref name="output"/> with asynchronous writes only, so the
    /// output may be a response stream that forbids synchronous ones. The stream is left open.
    /// </summary>
    Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct);
}

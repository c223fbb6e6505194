using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Reports.Documents;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>GET /api/reports/{id}/document?format=docx|pdf|html|md|json&amp;language=en|fr|es|ar|ru|zh</c>:
/// the compiled report as a document (json and English when not named), with the INF numbers
/// assigned so far.
/// </summary>
public static partial class ReportDocumentEndpoint
{
    /// <summary>For the API description: a download is a file in one of the renderers' media types.</summary>
    public static RouteHandlerBuilder ProducesReportDocuments(this RouteHandlerBuilder endpoint)
    {
        var mediaTypes = ReportRenderers.OnThisHost.All.Select(renderer => renderer.ContentType.Split(';')[0]).ToArray();
        return endpoint.Produces<Stream>(StatusCodes.Status200OK, mediaTypes[0], mediaTypes[1..])
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<Results<FileStreamHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, ReportingDbContext db, ReportRenderers renderers, HttpResponse response, ILoggerFactory loggers, CancellationToken cancellationToken,
        string? format = null, string? language = null)
    {
        var renderer = renderers.Find(format ?? "json");
        var culture = ReportLanguages.Find(language ?? ReportLanguages.English.Name);
        if (renderer is null || culture is null)
        {
            var errors = new Dictionary<string, string[]>();
            if (renderer is null)
            {
                errors["format"] = [$"'format' must be one of {string.Join(", ", ReportRenderers.Formats)}."];
            }

            if (culture is null)
            {
                errors["language"] = [$"'language' must be one of {string.Join(", ", ReportLanguages.Codes)}."];
            }

            return TypedResults.ValidationProblem(errors);
        }

        var run = await db.ReportRuns.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.State, r.ReportJson, r.Review, r.BaselDocumentNumber, r.RotterdamDocumentNumber, r.StockholmDocumentNumber })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.ReportJson is null)
        {
            return TypedResults.Problem(
                title: "The report is not compiled yet.",
                detail: $"The run is {run.State}; its document exists once it is completed or partial.",
                statusCode: StatusCodes.Status404NotFound);
        }

        // An issued report is frozen: its documents are the ones stored at issue, PDF included, whether LibreOffice is here now or not.
        if (run.Review == ReviewStates.Issued)
        {
            return await IssuedDocuments.GetAsync(db, response, id, renderer, culture, cancellationToken);
        }

        if (renderer is PdfReportRenderer { IsAvailable: false })
        {
            return TypedResults.Problem(
                title: "PDF is not available on this server.",
                detail: "LibreOffice (soffice), which converts the report to PDF, is not installed on the reporting service's host. "
                    + "Install libreoffice-writer-nogui there, or download the report as docx.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var edits = await RunSections.EditsAsync(db, id, cancellationToken);

        // The whole document is rendered before the first byte is sent: once a 200 has started, a
        // failure could only cut the download short, and a reader may keep a truncated report
        // without noticing. It is rendered into a temporary file, deleted once sent, rather than
        // into memory: the HTML of a hundred thousand activities comes to 125 MB.
        var numbers = new DocumentNumbers(run.BaselDocumentNumber, run.RotterdamDocumentNumber, run.StockholmDocumentNumber);
        var document = TemporaryFile();
        try
        {
            await renderer.RenderAsync(Edition(StoredReport.Read(run.ReportJson), culture, edits, numbers), document, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await document.DisposeAsync();
            throw;
        }
        catch (Exception exception)
        {
            await document.DisposeAsync();
            LogRenderingFailed(loggers.CreateLogger(typeof(ReportDocumentEndpoint)), exception, id, renderer.Format);
            return TypedResults.Problem(
                title: "The report document could not be rendered.",
                detail: $"The report of run {id} could not be rendered as {renderer.Format}.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        document.Position = 0;
        return TypedResults.Stream(
            document, renderer.ContentType, fileDownloadName: FileName(id, culture, renderer));
    }

    /// <summary>
    /// What the document shows: the one place the edition of a download is put together, and of
    /// the documents frozen when the report is issued. <paramref name="edits"/> are the
    /// compiler's texts by section id.
    /// </summary>
    internal static ReportEdition Edition(
        ConsolidatedReport report, CultureInfo language, IReadOnlyDictionary<string, string> edits, DocumentNumbers numbers) =>
        new(report, language, edits, numbers);

    // Removed by the system when the stream is closed, which the stream result does once the response is sent.
    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>The name a document downloads under, rendered now or frozen at issue.</summary>
    internal static string FileName(Guid runId, CultureInfo language, IReportRenderer renderer) =>
        $"report-{runId}-{language.Name}{renderer.FileExtension}";

    [LoggerMessage(Level = LogLevel.Error, Message = "The report of run {RunId} could not be rendered as {Format}")]
    private static partial void LogRenderingFailed(ILogger logger, Exception exception, Guid runId, string format);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Reports.Documents;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary><c>GET /api/reports/{id}/document?format=docx|html|md|json</c>: the compiled report as a document (json when no format is named).</summary>
public static partial class ReportDocumentEndpoint
{
    /// <summary>For the API description: a download is a file in one of the renderers' media types.</summary>
    public static RouteHandlerBuilder ProducesReportDocuments(this RouteHandlerBuilder endpoint)
    {
        var mediaTypes = ReportRenderers.All.Select(renderer => renderer.ContentType.Split(';')[0]).ToArray();
        return endpoint.Produces<Stream>(StatusCodes.Status200OK, mediaTypes[0], mediaTypes[1..])
            .ProducesProblem(StatusCodes.Status500InternalServerError);
    }

    public static async Task<Results<FileStreamHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, ReportingDbContext db, HttpResponse response, ILoggerFactory loggers, CancellationToken cancellationToken, string? format = null)
    {
        var renderer = ReportRenderers.Find(format ?? "json");
        if (renderer is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["format"] = [$"'format' must be one of {string.Join(", ", ReportRenderers.All.Select(r => r.Format))}."],
            });
        }

        var run = await db.ReportRuns.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.State, r.ReportJson, r.Review })
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

        if (run.Review == ReviewStates.Issued)
        {
            return await IssuedDocuments.GetAsync(db, response, id, renderer, ReportLanguages.English, cancellationToken);
        }

        var edits = await RunSections.EditsAsync(db, id, cancellationToken);

        // The whole document is rendered before the first byte is sent (reports come to a few
        // megabytes at most): once a 200 has started, a failure could only cut the download short,
        // and a reader may keep a truncated report without noticing.
        var document = new MemoryStream();
        try
        {
            await renderer.RenderAsync(Edition(StoredReport.Read(run.ReportJson), ReportLanguages.English, edits), document, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await document.DisposeAsync();
            LogRenderingFailed(loggers.CreateLogger(typeof(ReportDocumentEndpoint)), exception, id, renderer.Format);
            return TypedResults.Problem(
                title: "The report document could not be rendered.",
                detail: $"The report of run {id} could not be rendered as {renderer.Format}.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        document.Position = 0;
        return TypedResults.Stream(document, renderer.ContentType, fileDownloadName: $"report-{id}{renderer.FileExtension}");
    }

    /// <summary>
    /// What the document shows: the one place the edition of a download is put together, and of
    /// the documents frozen when the report is issued. <paramref name="edits"/> are the
    /// compiler's texts by section id.
    /// </summary>
    internal static ReportEdition Edition(ConsolidatedReport report, CultureInfo language, IReadOnlyDictionary<string, string> edits) =>
        new(report, language, edits, Numbers: null);

    [LoggerMessage(Level = LogLevel.Error, Message = "The report of run {RunId} could not be rendered as {Format}")]
    private static partial void LogRenderingFailed(ILogger logger, Exception exception, Guid runId, string format);
}

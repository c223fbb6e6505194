using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Reporting.Persistence;
using Reporting.Reports.Documents;

namespace Reporting.Reports.Runs;

/// <summary><c>GET /api/reports/{id}/document?format=docx|html|md|json</c>: the compiled report as a document (json when no format is named).</summary>
public static class ReportDocumentEndpoint
{
    /// <summary>For the API description: a download is a file in one of the renderers' media types.</summary>
    public static RouteHandlerBuilder ProducesReportDocuments(this RouteHandlerBuilder endpoint)
    {
        var mediaTypes = ReportRenderers.All.Select(renderer => renderer.ContentType.Split(';')[0]).ToArray();
        return endpoint.Produces<Stream>(StatusCodes.Status200OK, mediaTypes[0], mediaTypes[1..]);
    }

    public static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, ReportingDbContext db, CancellationToken cancellationToken, string? format = null)
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
            .Select(r => new { r.State, r.ReportJson })
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

        var report = ReportsApi.Read(run.ReportJson);
        return TypedResults.Stream(
            stream => renderer.RenderAsync(report, stream, cancellationToken),
            renderer.ContentType,
            fileDownloadName: $"report-{id}{renderer.FileExtension}");
    }
}

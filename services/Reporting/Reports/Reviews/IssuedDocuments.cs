using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Reports.Documents;

namespace Reporting.Reports.Reviews;

/// <summary>The downloads of an issued report: the bytes stored when it was issued, never rendered again.</summary>
internal static class IssuedDocuments
{
    public static async Task<Results<FileStreamHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        ReportingDbContext db, HttpResponse response, Guid runId, IReportRenderer renderer, CultureInfo language, CancellationToken cancellationToken)
    {
        var document = await db.IssuedDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.RunId == runId && d.Format == renderer.Format && d.Language == language.Name, cancellationToken);
        if (document is null)
        {
            return TypedResults.Problem(
                title: "The issued report has no such document",
                detail: $"No {renderer.Format} document in '{language.Name}' was rendered when the report was issued, and an issued report is not rendered again.",
                statusCode: StatusCodes.Status404NotFound);
        }

        // The digest of the stored bytes (RFC 9530), so a reader can check a copy against what was issued.
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(document.Sha256))}:";
        return TypedResults.Stream(new MemoryStream(document.Content, writable: false), document.ContentType, fileDownloadName: document.FileName);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Validation;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>PUT /api/reports/{id}/document-numbers</c>: the conference services number the joint
/// document after it is requested, often after it is compiled, so the numbers are the run's and
/// every later download of its document carries them.
/// </summary>
public static class DocumentNumbersEndpoint
{
    public static async Task<Results<Ok<ReportRunDto>, ValidationProblem, NotFound>> PutAsync(
        Guid id, DocumentNumbersRequest request, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } numbers)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var run = await db.ReportRuns.Include(r => r.Sources).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        run.DocumentNumbers = numbers;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReportRunDto.Of(run));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>PUT /api/reports/{id}/document-numbers</c>: the conference services number the joint
/// document after it is requested, often after it is compiled, so the numbers are the run's and
/// every later download of its document carries them.
/// </summary>
public static class DocumentNumbersEndpoint
{
    public static async Task<Results<Ok<ReportRunDto>, ValidationProblem, NotFound, ProblemHttpResult>> PutAsync(
        Guid id, DocumentNumbersRequest request, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } numbers)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.Include(r => r.Sources).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (run is null)
            {
                return TypedResults.NotFound();
            }

            // The numbers are printed on every document, so once those are frozen they are too.
            if (run.Review == ReviewStates.Issued)
            {
                return ReviewProblems.Frozen(id);
            }

            // Counted as a change to the review, so an issue being rendered meanwhile is
            // decided again with these numbers rather than stored with the old ones.
            run.DocumentNumbers = numbers;
            run.ReviewVersion++;
            if (await ConcurrentSave.TrySaveAsync(db, cancellationToken))
            {
                return TypedResults.Ok(ReportRunDto.Of(run));
            }
        }

        return ReviewProblems.Busy();
    }
}

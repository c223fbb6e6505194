using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// The review of a compiled report: the compiler submits the draft, each convention's team
/// clears it or returns it with comments, the compiler issues it once all three cleared; the
/// history lists every step. Wrong role 403, a move the review does not allow now 409.
/// </summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/submit", SubmitAsync).RequireAuthorization(ReportPolicies.Compile).WithName("submit-report")
            .WithSummary("Submit the draft for review")
            .WithDescription("draft → in-review: the three convention teams now clear or return it. 409 in any other state, naming the moves it allows.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reviews", ReviewAsync).RequireAuthorization(ReportPolicies.Review).WithName("review-report")
            .WithSummary("Clear or return the report for one convention")
            .WithDescription("Only that convention's team. A return (with at least one comment) sends it back to draft and voids the round's clearances; the third clearance clears it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/issue", ReportIssue.IssueAsync).RequireAuthorization(ReportPolicies.Compile).WithName("issue-report")
            .WithSummary("Issue the cleared report")
            .WithDescription("cleared → issued: every format in every language is rendered once and frozen; every later write is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/history", HistoryAsync).WithName("get-report-history")
            .WithSummary("The review's history").WithDescription("Every step in order: who, role, when, from, to, comments. Paged: page from 1, pageSize 1 to 200 (50).");
        return group;
    }

    private static async Task<Results<Ok<ReportRunDto>, NotFound, ProblemHttpResult>> SubmitAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.Include(r => r.Sources).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (run is null)
            {
                return TypedResults.NotFound();
            }

            switch (ReviewWorkflow.Submit(run.Review))
            {
                case ReviewOutcome.WrongState wrong:
                    return ReviewProblems.WrongState(id, wrong);
                case ReviewOutcome.Moved moved:
                    run.ReviewRound++;
                    run.ClearedBy = [];
                    if (await ReviewMoveStore.TryStoreAsync(db, run, moved, ReviewActions.Submitted, user, PlatformRoles.ReportCompiler,
                            clock.GetUtcNow().UtcDateTime, cancellationToken))
                    {
                        return TypedResults.Ok(ReportRunDto.Of(run));
                    }

                    break;
            }
        }

        return ReviewProblems.Busy();
    }

    private static async Task<Results<Ok<ReportRunDto>, ValidationProblem, NotFound, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewRequest request, ClaimsPrincipal user, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sections = await RunSections.IdsAsync(db, id, cancellationToken);
        if (sections is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        if (request.Validate(errors, sections) is not { } review)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // The gateway lets any convention team through; which convention a team speaks for is checked here.
        if (!user.ReviewsFor(review.Convention))
        {
            return ReviewProblems.NotYourConvention(review.Convention);
        }

        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.Include(r => r.Sources).FirstAsync(r => r.Id == id, cancellationToken);
            switch (ReviewWorkflow.Review(run.Review, run.ClearedBy, review.Convention, review.Decision))
            {
                case ReviewOutcome.WrongState wrong:
                    return ReviewProblems.WrongState(id, wrong);
                case ReviewOutcome.AlreadyDecided decided:
                    return ReviewProblems.AlreadyDecided(run.Review!, decided);
                case ReviewOutcome.Unchanged:
                    return TypedResults.Ok(ReportRunDto.Of(run));
                case ReviewOutcome.Moved moved:
                    // A return voids the round: the next submission starts with no clearance.
                    run.ClearedBy = review.Decision == ReviewDecisions.Cleared ? [.. run.ClearedBy, review.Convention] : [];
                    if (await ReviewMoveStore.TryStoreAsync(db, run, moved, review.Decision, user, ReviewRoles.TeamOf(review.Convention),
                            clock.GetUtcNow().UtcDateTime, cancellationToken, convention: review.Convention, comments: review.Comments))
                    {
                        return TypedResults.Ok(ReportRunDto.Of(run));
                    }

                    break;
            }
        }

        return ReviewProblems.Busy();
    }

    private static async Task<Results<Ok<ListPage<ReviewStepDto>>, ValidationProblem, NotFound>> HistoryAsync(
        Guid id, ReportingDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await db.ReportRuns.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.ReviewSteps.AsNoTracking().Where(step => step.RunId == id).OrderBy(step => step.Id)
            .ToPageAsync(page, pageSize, ReviewStepDto.Of, cancellationToken));
    }
}

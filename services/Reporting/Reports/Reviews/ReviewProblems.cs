using Microsoft.AspNetCore.Http.HttpResults;

namespace Reporting.Reports.Reviews;

/// <summary>The review's refusals: a move the review does not allow now (409, naming those it does), a decision already taken, a role that may not act.</summary>
public static class ReviewProblems
{
    public static ProblemHttpResult WrongState(Guid runId, ReviewOutcome.WrongState wrong)
    {
        var now = wrong.Review is null
            ? "The run is not compiled, so there is no report to review yet."
            : $"The report is {wrong.Review}.";
        var next = wrong.Allowed.Count == 0
            ? wrong.Review == ReviewStates.Issued ? " An issued report is frozen: nothing about it changes any more." : ""
            : $" What it allows now: {string.Join("; ", wrong.Allowed.Select(move => ReviewMoves.Call(move, runId)))}.";
        return Conflicts.Because(
            $"The report cannot be {Done(wrong.Move)} now",
            now + next,
            new Dictionary<string, object?> { ["review"] = wrong.Review, ["allowedMoves"] = wrong.Allowed });
    }

    /// <summary>Any change to an issued report: its documents are frozen.</summary>
    public static ProblemHttpResult Frozen(Guid runId) => WrongState(runId, new ReviewOutcome.WrongState(ReviewStates.Issued, "change", []));

    public static ProblemHttpResult AlreadyDecided(string review, ReviewOutcome.AlreadyDecided decided) => Conflicts.Because(
        $"The {decided.Convention} team already {decided.Decision} this round",
        "A convention decides once on each submission; its decision stands until the compiler submits the report again.",
        new Dictionary<string, object?> { ["review"] = review, ["convention"] = decided.Convention, ["decision"] = decided.Decision });

    public static ProblemHttpResult NotYourConvention(string convention) => TypedResults.Problem(
        title: $"Only the {convention} team reviews for {convention}",
        detail: $"Clearing or returning the report for {convention} needs the role {ReviewRoles.TeamOf(convention)}.",
        statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Busy() => Conflicts.Because(
        "The report's review is changing too fast to decide this move",
        "Other moves were stored while this one was being decided; read the report again and retry.");

    private static string Done(string move) => move switch
    {
        ReviewMoves.Edit => "edited",
        ReviewMoves.Submit => "submitted",
        ReviewMoves.Review => "cleared or returned",
        ReviewMoves.Issue => "issued",
        _ => "changed",
    };
}

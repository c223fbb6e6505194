using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// The review as a state machine, without storage or HTTP: given where a report stands and who
/// already cleared it in the current round, what one move does. The endpoints apply the answer
/// and record it as a step of the run's history; who may make a move is theirs to check first.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>The three conventions whose teams must each clear the report.</summary>
    public static IReadOnlyList<string> Conventions => ReportRunRequest.Conventions;

    /// <summary>A section's text changes only in a draft.</summary>
    public static ReviewOutcome Edit(string? review) =>
        review == ReviewStates.Draft ? new ReviewOutcome.Moved(ReviewStates.Draft, ReviewStates.Draft) : WrongState(review, ReviewMoves.Edit);

    /// <summary>A draft goes to the three teams; a new round of clearances starts.</summary>
    public static ReviewOutcome Submit(string? review) =>
        review == ReviewStates.Draft ? new ReviewOutcome.Moved(ReviewStates.Draft, ReviewStates.InReview) : WrongState(review, ReviewMoves.Submit);

    /// <summary>
    /// One convention's decision on the submitted report. A return sends it back to draft and
    /// voids the round's clearances; the third clearance clears it. A convention decides once a
    /// round: the same clearance again changes nothing, a return after its clearance is refused.
    /// </summary>
    public static ReviewOutcome Review(string? review, IReadOnlyCollection<string> clearedThisRound, string convention, string decision)
    {
        if (review is ReviewStates.InReview or ReviewStates.Cleared && clearedThisRound.Contains(convention))
        {
            return decision == ReviewDecisions.Cleared
                ? new ReviewOutcome.Unchanged(review)
                : new ReviewOutcome.AlreadyDecided(convention, ReviewDecisions.Cleared);
        }

        if (review != ReviewStates.InReview)
        {
            return WrongState(review, ReviewMoves.Review);
        }

        if (decision == ReviewDecisions.Returned)
        {
            return new ReviewOutcome.Moved(ReviewStates.InReview, ReviewStates.Draft);
        }

        var cleared = clearedThisRound.Append(convention).ToHashSet(StringComparer.Ordinal);
        return new ReviewOutcome.Moved(ReviewStates.InReview, Conventions.All(cleared.Contains) ? ReviewStates.Cleared : ReviewStates.InReview);
    }

    /// <summary>Only a cleared report is issued, once.</summary>
    public static ReviewOutcome Issue(string? review) =>
        review == ReviewStates.Cleared ? new ReviewOutcome.Moved(ReviewStates.Cleared, ReviewStates.Issued) : WrongState(review, ReviewMoves.Issue);

    private static ReviewOutcome.WrongState WrongState(string? review, string move) => new(review, move, ReviewMoves.From(review));
}

/// <summary>What a move does to a review.</summary>
public abstract record ReviewOutcome
{
    private ReviewOutcome()
    {
    }

    /// <summary>The move is made: a step from <paramref name="From"/> to <paramref name="To"/> (the same state when it changes only the text or adds a clearance).</summary>
    public sealed record Moved(string From, string To) : ReviewOutcome;

    /// <summary>The same decision again: nothing changes, the answer is what stands.</summary>
    public sealed record Unchanged(string Review) : ReviewOutcome;

    /// <summary>The convention already decided otherwise in this round; its decision stands.</summary>
    public sealed record AlreadyDecided(string Convention, string Decision) : ReviewOutcome;

    /// <summary>
    /// The move is not one the review allows now (<paramref name="Review"/> is null before the run
    /// is compiled); <paramref name="Allowed"/> are the moves it does allow.
    /// </summary>
    public sealed record WrongState(string? Review, string Move, IReadOnlyList<string> Allowed) : ReviewOutcome;
}

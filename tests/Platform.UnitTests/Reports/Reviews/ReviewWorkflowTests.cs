using Reporting.Reports.Reviews;
using static Reporting.Reports.Reviews.ReviewStates;

namespace Platform.UnitTests.Reports.Reviews;

public sealed class ReviewWorkflowTests
{
    private static readonly string[] NoneCleared = [];

    [Fact]
    public void A_draft_is_edited_and_submitted_and_nothing_else()
    {
        Assert.Equal(new ReviewOutcome.Moved(Draft, Draft), ReviewWorkflow.Edit(Draft));
        Assert.Equal(new ReviewOutcome.Moved(Draft, InReview), ReviewWorkflow.Submit(Draft));
        AssertRefused(ReviewWorkflow.Review(Draft, NoneCleared, "basel", ReviewDecisions.Cleared), Draft, ReviewMoves.Edit, ReviewMoves.Submit);
        AssertRefused(ReviewWorkflow.Issue(Draft), Draft, ReviewMoves.Edit, ReviewMoves.Submit);
    }

    [Fact]
    public void A_report_in_review_takes_only_the_teams_decisions()
    {
        AssertRefused(ReviewWorkflow.Edit(InReview), InReview, ReviewMoves.Review);
        AssertRefused(ReviewWorkflow.Submit(InReview), InReview, ReviewMoves.Review);
        AssertRefused(ReviewWorkflow.Issue(InReview), InReview, ReviewMoves.Review);
    }

    [Fact]
    public void The_third_clearance_clears_the_report_and_the_first_two_leave_it_in_review()
    {
        Assert.Equal(new ReviewOutcome.Moved(InReview, InReview), ReviewWorkflow.Review(InReview, NoneCleared, "basel", ReviewDecisions.Cleared));
        Assert.Equal(new ReviewOutcome.Moved(InReview, InReview), ReviewWorkflow.Review(InReview, ["basel"], "stockholm", ReviewDecisions.Cleared));
        Assert.Equal(new ReviewOutcome.Moved(InReview, Cleared), ReviewWorkflow.Review(InReview, ["basel", "stockholm"], "rotterdam", ReviewDecisions.Cleared));
    }

    [Fact]
    public void A_return_sends_the_report_back_to_draft_even_after_two_clearances()
    {
        Assert.Equal(new ReviewOutcome.Moved(InReview, Draft), ReviewWorkflow.Review(InReview, ["basel", "stockholm"], "rotterdam", ReviewDecisions.Returned));
    }

    [Fact]
    public void A_convention_decides_once_a_round_the_same_clearance_again_changes_nothing()
    {
        Assert.Equal(new ReviewOutcome.Unchanged(InReview), ReviewWorkflow.Review(InReview, ["basel"], "basel", ReviewDecisions.Cleared));
        Assert.Equal(new ReviewOutcome.Unchanged(Cleared), ReviewWorkflow.Review(Cleared, ["basel", "rotterdam", "stockholm"], "basel", ReviewDecisions.Cleared));
        Assert.Equal(new ReviewOutcome.AlreadyDecided("basel", ReviewDecisions.Cleared),
            ReviewWorkflow.Review(InReview, ["basel"], "basel", ReviewDecisions.Returned));
    }

    [Fact]
    public void A_cleared_report_is_only_issued()
    {
        Assert.Equal(new ReviewOutcome.Moved(Cleared, Issued), ReviewWorkflow.Issue(Cleared));
        AssertRefused(ReviewWorkflow.Edit(Cleared), Cleared, ReviewMoves.Issue);
        AssertRefused(ReviewWorkflow.Submit(Cleared), Cleared, ReviewMoves.Issue);
    }

    [Fact]
    public void An_issued_report_allows_no_move_at_all()
    {
        AssertRefused(ReviewWorkflow.Edit(Issued), Issued);
        AssertRefused(ReviewWorkflow.Submit(Issued), Issued);
        AssertRefused(ReviewWorkflow.Issue(Issued), Issued);
        AssertRefused(ReviewWorkflow.Review(Issued, ["basel", "rotterdam", "stockholm"], "basel", ReviewDecisions.Cleared), Issued);
    }

    [Fact]
    public void A_run_not_compiled_has_no_review_to_move()
    {
        AssertRefused(ReviewWorkflow.Submit(null), null);
        AssertRefused(ReviewWorkflow.Edit(null), null);
    }

    [Theory]
    [InlineData("basel")]
    [InlineData("rotterdam")]
    [InlineData("stockholm")]
    public void Any_order_of_the_three_clearances_ends_cleared(string last)
    {
        var others = ReviewWorkflow.Conventions.Where(convention => convention != last).ToList();

        Assert.Equal(new ReviewOutcome.Moved(InReview, Cleared), ReviewWorkflow.Review(InReview, others, last, ReviewDecisions.Cleared));
    }

    private static void AssertRefused(ReviewOutcome outcome, string? review, params string[] allowed)
    {
        var wrong = Assert.IsType<ReviewOutcome.WrongState>(outcome);
        Assert.Equal(review, wrong.Review);
        Assert.Equal(allowed, wrong.Allowed);
    }
}

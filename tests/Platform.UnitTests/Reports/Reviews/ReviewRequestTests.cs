using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Reviews;

namespace Platform.UnitTests.Reports.Reviews;

public sealed class ReviewRequestTests
{
    private static readonly IReadOnlySet<string> Sections = new HashSet<string> { "introduction", "paragraph-6b" };

    [Fact]
    public void A_clearance_with_a_comment_on_a_section_and_one_on_the_whole_report_is_taken_as_written()
    {
        var review = Validate(new ReviewRequest("basel", "cleared",
            [new ReviewCommentRequest("paragraph-6b", "Fine as it is.\nThank you."), new ReviewCommentRequest(null, "Well done.")]), out _);

        Assert.NotNull(review);
        Assert.Equal(("basel", "cleared"), (review.Convention, review.Decision));
        Assert.Equal([new ReviewComment("paragraph-6b", "Fine as it is.\nThank you."), new ReviewComment(null, "Well done.")], review.Comments);
    }

    [Fact]
    public void A_return_without_a_comment_is_refused_naming_the_comments()
    {
        Validate(new ReviewRequest("rotterdam", "returned", []), out var errors);

        Assert.Equal(["comments"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once_each_comment_by_its_place()
    {
        Validate(new ReviewRequest("geneva", "approved",
            [new ReviewCommentRequest("annex-9", "Which annex?"), new ReviewCommentRequest("introduction", " \u200B "), null]), out var errors);

        Assert.Equal(
            ["comments[0].section", "comments[1].text", "comments[2]", "convention", "decision"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_section_id_with_a_line_break_is_refused_as_text_before_it_is_looked_up()
    {
        Validate(new ReviewRequest("stockholm", "cleared", [new ReviewCommentRequest("intro\nduction", "Text.")]), out var errors);

        Assert.Contains("line break", Assert.Single(errors.ToDictionary()["comments[0].section"]), StringComparison.OrdinalIgnoreCase);
    }

    private static ValidReview? Validate(ReviewRequest request, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        return request.Validate(errors, Sections);
    }
}

using Platform.ServiceDefaults.Validation;

namespace Reporting.Reports.Reviews;

/// <summary>
/// <c>POST /api/reports/{id}/reviews</c>: <c>{"convention": "basel", "decision": "cleared"|"returned",
/// "comments": [{"section": "introduction", "text": "..."}]}</c>. A return says why, in at least one
/// comment; a comment names a section of the report, or none for the report as a whole.
/// </summary>
public sealed record ReviewRequest(string? Convention, string? Decision, IReadOnlyList<ReviewCommentRequest?>? Comments)
{
    public const int MaxComments = 100;
    public const int MaxCommentLength = 4000;

    /// <summary>The decision, or null with each bad field in <paramref name="errors"/>; <paramref name="sections"/> are the ids a comment may name.</summary>
    public ValidReview? Validate(ValidationErrors errors, IReadOnlySet<string> sections)
    {
        if (Convention is null || !ReviewWorkflow.Conventions.Contains(Convention))
        {
            errors.Add("convention", $"'convention' must be one of {string.Join(", ", ReviewWorkflow.Conventions)}.");
        }

        if (Decision is null || !ReviewDecisions.All.Contains(Decision))
        {
            errors.Add("decision", $"'decision' must be {string.Join(" or ", ReviewDecisions.All)}.");
        }

        var comments = new List<ReviewComment>();
        if (Comments is { Count: > MaxComments })
        {
            errors.Add("comments", $"At most {MaxComments} comments.");
        }
        else
        {
            for (var i = 0; i < (Comments?.Count ?? 0); i++)
            {
                if (Comment(errors, $"comments[{i}]", Comments![i], sections) is { } comment)
                {
                    comments.Add(comment);
                }
            }
        }

        if (Decision == ReviewDecisions.Returned && (Comments is null || Comments.Count == 0))
        {
            errors.Add("comments", "A returned report says why: give at least one comment.");
        }

        return errors.IsEmpty ? new ValidReview(Convention!, Decision!, comments) : null;
    }

    private static ReviewComment? Comment(ValidationErrors errors, string field, ReviewCommentRequest? comment, IReadOnlySet<string> sections)
    {
        if (comment is null)
        {
            errors.Add(field, $"'{field}' must be an object with 'text' and, optionally, 'section'.");
            return null;
        }

        var section = errors.SingleLine($"{field}.section", comment.Section, ReportSectionEdit.MaxSectionIdLength);
        if (section is not null && !sections.Contains(section))
        {
            errors.Add($"{field}.section", $"The report has no section '{section}'; GET /api/reports/{{id}}/sections lists them.");
            section = null;
        }

        var text = errors.MultiLine($"{field}.text", comment.Text, MaxCommentLength, required: true);
        return text is null ? null : new ReviewComment(section, text);
    }
}

public sealed record ReviewCommentRequest(string? Section, string? Text);

public sealed record ValidReview(string Convention, string Decision, IReadOnlyList<ReviewComment> Comments);

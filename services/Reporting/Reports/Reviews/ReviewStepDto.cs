namespace Reporting.Reports.Reviews;

/// <summary>A step of <c>GET /api/reports/{id}/history</c>: who did what, in which role, when, from which review state to which, and what they said.</summary>
public sealed record ReviewStepDto(
    string Action,
    string Who,
    string Role,
    DateTime At,
    string From,
    string To,
    int Round,
    string? Convention,
    string? Section,
    IReadOnlyList<ReviewComment> Comments)
{
    public static ReviewStepDto Of(ReviewStep step) => new(
        step.Action, step.Who, step.Role, DateTime.SpecifyKind(step.At, DateTimeKind.Utc), step.From, step.To, step.Round,
        step.Convention, step.Section, step.Comments);
}

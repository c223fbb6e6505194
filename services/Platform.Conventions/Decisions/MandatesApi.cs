using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Conventions.Activities;
using Platform.Conventions.Decisions.Parsing;
using Platform.Conventions.JointActivities;
using Platform.Conventions.Persistence;
using Platform.ServiceDefaults.Validation;

namespace Platform.Conventions.Decisions;

/// <summary>
/// <c>GET /api/{convention}/mandates</c>, filtered by decision, kind and status. A mandate's
/// status follows the activities recorded against it: <c>open</c> (none), <c>addressed</c>
/// (at least one, or a joint activity this convention accepted under it), <c>completed</c>
/// (every one of them completed), <c>superseded</c> (replaced by a later decision).
/// </summary>
public static class MandatesApi
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "addressed", "completed", "superseded"];

    public static IEndpointRouteBuilder MapMandatesApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        endpoints.MapGet($"{profile.RoutePrefix}/mandates", ListAsync).WithTags("Decisions").WithName($"{profile.Name}-list-mandates")
            .WithSummary("List the Secretariat's mandates and their status")
            .WithDescription("Filtered by decision, kind and status: open, addressed, completed or superseded.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<MandateStatusDto>>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, string? decision = null, string? kind = null, string? status = null)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            var errors = new ValidationErrors();
            errors.Add("status", $"'{status}' is not a mandate status: use one of {string.Join(", ", Statuses)}.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Mandates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(decision))
        {
            var symbol = DecisionSymbol.TryParse(decision, out var parsed) ? parsed!.Value : decision.Trim();
            query = query.Where(m => m.DecisionSymbol == symbol);
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(m => m.Kind == kind.Trim().ToLower());
        }

        var mandates = await query.OrderBy(m => m.DecisionSymbol).ThenBy(m => m.Paragraph).ThenBy(m => m.Subparagraph).ToListAsync(cancellationToken);
        var references = mandates.Select(m => m.Reference).ToList();
        var activities = await db.ActivityMandates.AsNoTracking().Where(row => references.Contains(row.Mandate))
            .Join(db.Activities.Where(a => !a.Withdrawn), row => row.ActivityId, a => a.Id, (row, a) => new { row.Mandate, a.Status })
            .GroupBy(under => under.Mandate)
            .Select(g => new { Mandate = g.Key, Count = g.Count(), Completed = g.Count(under => under.Status == ActivityStatus.Completed) })
            .ToDictionaryAsync(g => g.Mandate, cancellationToken);
        var joint = await db.ReceivedProposals.AsNoTracking().Where(p => p.Status == JointProposalStatus.Accepted)
            .Select(p => p.Mandates).ToListAsync(cancellationToken);

        var result = mandates.Select(mandate =>
        {
            var (underCount, completed) = activities.TryGetValue(mandate.Reference, out var under) ? (under.Count, under.Completed) : (0, 0);
            var jointCount = joint.Count(m => m.Contains(mandate.Reference));
            var state = mandate.SupersededBy is not null ? "superseded"
                : underCount == 0 && jointCount == 0 ? "open"
                : underCount > 0 && jointCount == 0 && completed == underCount ? "completed"
                : "addressed";
            return MandateStatusDto.From(mandate, state, underCount + jointCount);
        });
        return TypedResults.Ok((status is null ? result : result.Where(m => m.Status == status)).ToList());
    }
}

public sealed record MandateStatusDto(
    string Reference, string Decision, int Paragraph, string? Subparagraph, string Verb, string Kind, string Addressee,
    string Text, IReadOnlyList<string> Conditions, ReportBackDto? ReportBack, string Status, int ActivityCount, string? SupersededBy)
{
    public static MandateStatusDto From(Mandate mandate, string status, int activityCount) => new(
        mandate.Reference, mandate.DecisionSymbol, mandate.Paragraph, mandate.Subparagraph, mandate.Verb, mandate.Kind,
        mandate.Addressee, mandate.Text, mandate.Conditions,
        mandate.ReportBackBody is null ? null : new ReportBackDto(mandate.ReportBackBody, mandate.ReportBackWhen ?? ""),
        status, activityCount, mandate.SupersededBy);
}

using Platform.Conventions.Decisions.Parsing;

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

    private static async Task<Results<Ok<ListPage<MandateStatusDto>>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, string? decision = null, string? kind = null, string? status = null,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (status is not null && !Statuses.Contains(status))
        {
            errors.Add("status", $"'{status}' is not a mandate status: use one of {string.Join(", ", Statuses)}.");
        }

        if (!errors.IsEmpty)
        {
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

        var work = await MandateWork.ReadAsync(db, cancellationToken);
        var addressed = work.Addressed;
        var completed = work.Completed;
        query = status switch
        {
            "superseded" => query.Where(m => m.SupersededBy != null),
            "open" => query.Where(m => m.SupersededBy == null && !addressed.Contains(m.Reference)),
            "completed" => query.Where(m => m.SupersededBy == null && completed.Contains(m.Reference)),
            "addressed" => query.Where(m => m.SupersededBy == null && addressed.Contains(m.Reference) && !completed.Contains(m.Reference)),
            _ => query,
        };

        return TypedResults.Ok(await query
            .OrderBy(m => m.DecisionSymbol).ThenBy(m => m.Paragraph).ThenBy(m => m.Subparagraph).ThenBy(m => m.Reference)
            .ToPageAsync(page, pageSize, work.StatusOf, cancellationToken));
    }

    /// <summary>
    /// The work recorded under each mandate: this convention's activities not withdrawn, and the
    /// joint activities it accepted. A mandate's status follows from it.
    /// </summary>
    private sealed class MandateWork
    {
        private readonly Dictionary<string, (int Count, int Completed)> activities;
        private readonly Dictionary<string, int> joint;

        private MandateWork(Dictionary<string, (int Count, int Completed)> activities, Dictionary<string, int> joint)
        {
            this.activities = activities;
            this.joint = joint;
            Addressed = [.. activities.Keys.Union(joint.Keys)];
            Completed = [.. activities
                .Where(under => !joint.ContainsKey(under.Key) && under.Value.Completed == under.Value.Count)
                .Select(under => under.Key)];
        }

        /// <summary>Mandates with at least one activity or accepted joint activity.</summary>
        public List<string> Addressed { get; }

        /// <summary>Mandates whose activities are all completed, none of them joint.</summary>
        public List<string> Completed { get; }

        public static async Task<MandateWork> ReadAsync(ConventionDbContext db, CancellationToken cancellationToken)
        {
            // Counted in the database from the activities' mandate rows: one row per mandate, not one per activity.
            var activities = await db.ActivityMandates.AsNoTracking()
                .Join(db.Activities.Where(a => !a.Withdrawn), row => row.ActivityId, a => a.Id, (row, a) => new { row.Mandate, a.Status })
                .GroupBy(under => under.Mandate)
                .Select(g => new { Mandate = g.Key, Count = g.Count(), Completed = g.Count(under => under.Status == ActivityStatus.Completed) })
                .ToDictionaryAsync(g => g.Mandate, g => (g.Count, g.Completed), cancellationToken);
            var accepted = await db.ReceivedProposals.AsNoTracking().Where(p => p.Status == JointProposalStatus.Accepted)
                .Select(p => p.Mandates).ToListAsync(cancellationToken);
            var joint = accepted.SelectMany(mandates => mandates.Distinct())
                .GroupBy(reference => reference)
                .ToDictionary(under => under.Key, under => under.Count());
            return new MandateWork(activities, joint);
        }

        public MandateStatusDto StatusOf(Mandate mandate)
        {
            var under = activities.GetValueOrDefault(mandate.Reference).Count;
            var jointCount = joint.GetValueOrDefault(mandate.Reference);
            var state = mandate.SupersededBy is not null ? "superseded"
                : under == 0 && jointCount == 0 ? "open"
                : Completed.Contains(mandate.Reference) ? "completed"
                : "addressed";
            return MandateStatusDto.From(mandate, state, under + jointCount);
        }
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

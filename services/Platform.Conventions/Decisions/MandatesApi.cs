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

        var work = await MandateWork.ReadJointAsync(db, cancellationToken);
        query = status switch
        {
            "superseded" => query.Where(m => m.SupersededBy != null),
            "open" => query.Where(m => m.SupersededBy == null && !work.Joint.Contains(m.Reference)
                && !work.Listed.Any(row => row.Mandate == m.Reference)),
            "completed" => query.Where(m => m.SupersededBy == null && !work.Joint.Contains(m.Reference)
                && work.Listed.Any(row => row.Mandate == m.Reference) && !work.Unfinished.Any(row => row.Mandate == m.Reference)),
            "addressed" => query.Where(m => m.SupersededBy == null
                && (work.Joint.Contains(m.Reference) || work.Unfinished.Any(row => row.Mandate == m.Reference))),
            _ => query,
        };

        var ordered = query.OrderBy(m => m.DecisionSymbol).ThenBy(m => m.Paragraph).ThenBy(m => m.Subparagraph).ThenBy(m => m.Reference);
        var total = await ordered.CountAsync(cancellationToken);
        var mandates = await ordered.Page(page, pageSize).ToListAsync(cancellationToken);
        await work.CountUnderAsync(mandates.Select(m => m.Reference).ToList(), cancellationToken);
        return TypedResults.Ok(new ListPage<MandateStatusDto>(mandates.Select(work.StatusOf).ToList(), page, pageSize, total));
    }

    /// <summary>
    /// The work recorded under mandates: this convention's activities not withdrawn, and the joint
    /// activities it accepted. A mandate's status follows from it. The activities are looked up
    /// per mandate off the mandate rows' index, in the database, so a list costs what its page
    /// and its filter touch, not what the whole table holds.
    /// </summary>
    private sealed class MandateWork(ConventionDbContext db, Dictionary<string, int> joint)
    {
        private Dictionary<string, (int Count, int Completed)> _activities = [];

        /// <summary>The mandate rows of activities that are listed (not withdrawn).</summary>
        public IQueryable<ActivityMandate> Listed { get; } = db.ActivityMandates.Where(row => !row.Withdrawn);

        /// <summary>The mandate rows of listed activities that are not completed.</summary>
        public IQueryable<ActivityMandate> Unfinished => Listed.Where(row =>
            db.Activities.Any(a => a.Id == row.ActivityId && a.Status != ActivityStatus.Completed));

        /// <summary>Mandates under which this convention accepted a joint activity.</summary>
        public List<string> Joint { get; } = [.. joint.Keys];

        public static async Task<MandateWork> ReadJointAsync(ConventionDbContext db, CancellationToken cancellationToken)
        {
            var accepted = await db.ReceivedProposals.AsNoTracking().Where(p => p.Status == JointProposalStatus.Accepted)
                .Select(p => p.Mandates).ToListAsync(cancellationToken);
            var joint = accepted.SelectMany(mandates => mandates.Distinct())
                .GroupBy(reference => reference)
                .ToDictionary(under => under.Key, under => under.Count());
            return new MandateWork(db, joint);
        }

        /// <summary>Counts the listed activities under <paramref name="references"/>, and how many of them are completed.</summary>
        public async Task CountUnderAsync(List<string> references, CancellationToken cancellationToken) =>
            _activities = await Listed.Where(row => references.Contains(row.Mandate))
                .Join(db.Activities, row => row.ActivityId, a => a.Id, (row, a) => new { row.Mandate, a.Status })
                .GroupBy(under => under.Mandate)
                .Select(g => new { Mandate = g.Key, Count = g.Count(), Completed = g.Count(under => under.Status == ActivityStatus.Completed) })
                .ToDictionaryAsync(g => g.Mandate, g => (g.Count, g.Completed), cancellationToken);

        public MandateStatusDto StatusOf(Mandate mandate)
        {
            var (under, completed) = _activities.GetValueOrDefault(mandate.Reference);
            var jointCount = joint.GetValueOrDefault(mandate.Reference);
            var state = mandate.SupersededBy is not null ? "superseded"
                : under == 0 && jointCount == 0 ? "open"
                : jointCount == 0 && completed == under ? "completed"
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

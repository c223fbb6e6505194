using Platform.Contracts.JointActivities;

namespace Platform.Conventions.JointActivities;

/// <summary>
/// The lead's side of joint activities: <c>POST /api/{convention}/activities/{id}/joint-proposals</c>
/// invites one or both other conventions. Each invitation travels over the broker; the answers
/// come back the same way (<see cref="JointAnswerConsumer"/>) and show on the activity.
/// </summary>
public static class JointProposalsApi
{
    public static IEndpointRouteBuilder MapJointProposalsApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        endpoints.MapPost($"{profile.RoutePrefix}/activities/{{id:guid}}/joint-proposals", ProposeAsync)
            .RequireAuthorization(ConventionPolicies.Write)
            .WithTags("Joint activities")
            .WithName($"{profile.Name}-propose-joint-activity")
            .WithSummary("Propose an activity to the other conventions as a joint activity")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Created<ActivityDto>, ValidationProblem, NotFound, ProblemHttpResult>> ProposeAsync(
        Guid id, JointProposalRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var invited = request.Validate(profile, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (Refusal(activity, invited) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var proposals = invited.Select(convention => new JointProposal
        {
            Id = Guid.CreateVersion7(),
            ActivityId = activity.Id,
            InvitedConvention = convention,
            Status = JointProposalStatus.Proposed,
            Message = request.Message?.Trim(),
            ProposedAt = now,
        }).ToList();
        activity.Proposals.AddRange(proposals);
        activity.Touch(now);

        var snapshot = ActivityEvents.Snapshot(activity);
        foreach (var proposal in proposals)
        {
            outbox.Publish(new JointActivityProposed
            {
                ProposalId = proposal.Id,
                LeadConvention = profile.Name,
                InvitedConvention = proposal.InvitedConvention,
                Activity = snapshot,
                Message = proposal.Message,
                ProposedAt = new DateTimeOffset(now, TimeSpan.Zero),
            });
        }

        outbox.Publish(ActivityEvents.Revised(activity));
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // Another change was stored first: a proposal to the same convention (or a withdrawal)
            // is named; any other change only made this request's version stale.
            var current = await db.Activities.AsNoTracking().Include(a => a.Proposals).FirstAsync(a => a.Id == id, cancellationToken);
            return Refusal(current, invited) ?? Conflicts.StaleVersion(current.Version);
        }

        return TypedResults.Created($"{profile.RoutePrefix}/activities/{activity.Id}", ActivityDto.From(activity));
    }

    private static ProblemHttpResult? Refusal(Activity activity, IReadOnlyList<string> invited)
    {
        if (activity.Withdrawn)
        {
            return Conflicts.Because("The activity has been withdrawn.", "A withdrawn activity cannot be proposed as a joint activity.");
        }

        var already = invited.Where(c => activity.Proposals.Any(p => p.InvitedConvention == c)).ToList();
        return already.Count > 0
            ? Conflicts.Because("Already proposed.", $"The activity was already proposed to {string.Join(" and ", already)}.")
            : null;
    }
}

public sealed record JointProposalRequest(IReadOnlyList<string>? Conventions, string? Message)
{
    public const int MessageMaxLength = 2000;

    public static IReadOnlyList<string> AllConventions { get; } = ["basel", "rotterdam", "stockholm"];

    public IReadOnlyList<string> Validate(ConventionProfile lead, ValidationErrors errors)
    {
        errors.MultiLine("message", Message, MessageMaxLength);
        var invited = (Conventions ?? []).Select(c => c?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        if (invited.Count == 0)
        {
            errors.Add("conventions", "Name the conventions to invite: one or both of the other two.");
        }

        foreach (var convention in invited)
        {
            if (convention == lead.Name)
            {
                errors.Add("conventions", $"'{convention}' leads this activity; invite the other conventions.");
            }
            else if (!AllConventions.Contains(convention))
            {
                errors.Add("conventions", $"'{convention}' is not a convention: use {string.Join(", ", AllConventions.Where(c => c != lead.Name))}.");
            }
        }

        return invited;
    }
}

using Platform.Contracts.JointActivities;

namespace Platform.Conventions.JointActivities;

/// <summary>
/// The invited side: <c>/api/{convention}/joint-proposals</c> lists what other conventions
/// proposed to this one; the team accepts (naming its own mandates the activity serves) or
/// declines (with a reason), and the answer goes back to the lead over the broker.
/// </summary>
public static class ReceivedProposalsApi
{
    public static RouteGroupBuilder MapReceivedProposalsApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/joint-proposals").WithTags("Joint activities");
        group.MapGet("/", ListAsync).WithName($"{profile.Name}-list-joint-proposals")
            .WithSummary("List the joint-activity proposals received from the other conventions")
            .WithDescription("Newest first, filtered by status; pageSize at most 200.");
        group.MapGet("/{id:guid}", GetAsync).WithName($"{profile.Name}-get-joint-proposal").WithSummary("Get a received proposal");
        group.MapPost("/{id:guid}/accept", AcceptAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-accept-joint-proposal")
            .WithSummary("Accept a proposal, naming this convention's mandates it serves").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/decline", DeclineAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-decline-joint-proposal")
            .WithSummary("Decline a proposal, with a reason").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<ReceivedProposalDto>>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, string? status = null,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        JointProposalStatus? wanted = null;
        if (status is not null)
        {
            if (KebabNames.TryParse<JointProposalStatus>(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", $"'{status}' is not a proposal status: use one of {KebabNames.Allowed<JointProposalStatus>()}.");
            }
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.ReceivedProposals.AsNoTracking();
        if (wanted is { } only)
        {
            query = query.Where(p => p.Status == only);
        }

        return TypedResults.Ok(await query.OrderByDescending(p => p.ReceivedAt).ThenBy(p => p.Id)
            .ToPageAsync(page, pageSize, ReceivedProposalDto.From, cancellationToken));
    }

    private static async Task<Results<Ok<ReceivedProposalDto>, NotFound>> GetAsync(
        Guid id, ConventionDbContext db, CancellationToken cancellationToken) =>
        await db.ReceivedProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } proposal
            ? TypedResults.Ok(ReceivedProposalDto.From(proposal))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ReceivedProposalDto>, ValidationProblem, NotFound, ProblemHttpResult>> AcceptAsync(
        Guid id, AcceptProposalRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var proposal = await db.ReceivedProposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var mandates = (request.Mandates ?? []).Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(MandateReferenceText.Normalize).Distinct().ToList();
        if (mandates.Count == 0)
        {
            errors.Add("mandates", $"Name the {profile.DisplayName} mandates this activity serves.");
        }

        await ActivityReferences.CheckAsync(db, [], mandates, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await AnswerAsync(proposal, ProposalAnswer.Accepted(mandates), profile, db, outbox, clock, cancellationToken);
    }

    private static async Task<Results<Ok<ReceivedProposalDto>, ValidationProblem, NotFound, ProblemHttpResult>> DeclineAsync(
        Guid id, DeclineProposalRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var proposal = await db.ReceivedProposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var reason = errors.MultiLine("reason", request.Reason, 2000, required: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await AnswerAsync(proposal, ProposalAnswer.Declined(reason!), profile, db, outbox, clock, cancellationToken);
    }

    /// <summary>
    /// Records the answer and its event in one save, guarded by the proposal's status: of two
    /// answers at the same instant one is stored and the other finds the status changed, reads
    /// the answer that won and is told it (or gets it back, when it is the same answer).
    /// </summary>
    private static async Task<Results<Ok<ReceivedProposalDto>, ValidationProblem, NotFound, ProblemHttpResult>> AnswerAsync(
        ReceivedProposal proposal, ProposalAnswer answer, ConventionProfile profile, ConventionDbContext db, IOutbox outbox,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (proposal.Status != JointProposalStatus.Proposed)
        {
            return Answered(proposal, answer);
        }

        answer.ApplyTo(proposal, clock.GetUtcNow().UtcDateTime);
        var answeredAt = new DateTimeOffset(proposal.AnsweredAt!.Value, TimeSpan.Zero);
        outbox.Publish<object>(answer.Status == JointProposalStatus.Accepted
            ? new JointActivityJoined
            {
                ProposalId = proposal.Id,
                ActivityId = proposal.ActivityId,
                LeadConvention = proposal.LeadConvention,
                Convention = profile.Name,
                Mandates = [.. answer.Mandates],
                AnsweredAt = answeredAt,
            }
            : new JointActivityDeclined
            {
                ProposalId = proposal.Id,
                ActivityId = proposal.ActivityId,
                LeadConvention = proposal.LeadConvention,
                Convention = profile.Name,
                Reason = answer.DeclineReason!,
                AnsweredAt = answeredAt,
            });
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            var standing = await db.ReceivedProposals.AsNoTracking().FirstAsync(p => p.Id == proposal.Id, cancellationToken);
            return Answered(standing, answer);
        }

        return TypedResults.Ok(ReceivedProposalDto.From(proposal));
    }

    private static Results<Ok<ReceivedProposalDto>, ValidationProblem, NotFound, ProblemHttpResult> Answered(
        ReceivedProposal standing, ProposalAnswer answer) =>
        answer.IsGivenBy(standing) ? TypedResults.Ok(ReceivedProposalDto.From(standing)) : ProposalAnswer.AlreadyGiven(standing);
}

public sealed record AcceptProposalRequest(IReadOnlyList<string>? Mandates);

public sealed record DeclineProposalRequest(string? Reason);

public sealed record ReceivedProposalDto(
    Guid Id, Guid ActivityId, string LeadConvention, string ActivityTitle, string ActivityDescription,
    DateOnly ActivityStart, DateOnly? ActivityEnd, string? Message, string Status, IReadOnlyList<string> Mandates,
    string? DeclineReason, DateTime ReceivedAt, DateTime? AnsweredAt)
{
    public static ReceivedProposalDto From(ReceivedProposal proposal) => new(
        proposal.Id, proposal.ActivityId, proposal.LeadConvention, proposal.ActivityTitle, proposal.ActivityDescription,
        proposal.ActivityStart, proposal.ActivityEnd, proposal.Message, KebabNames.Of(proposal.Status), proposal.Mandates,
        proposal.DeclineReason, DateTime.SpecifyKind(proposal.ReceivedAt, DateTimeKind.Utc),
        proposal.AnsweredAt is { } answered ? DateTime.SpecifyKind(answered, DateTimeKind.Utc) : null);
}

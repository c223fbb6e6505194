namespace PartnerLiaison.Memberships;

/// <summary>
/// <c>/api/partners/memberships</c>: the Secretariat's standing with bodies such as IOMC. A
/// standing is recorded once and then moves through its statuses
/// (<c>POST {id}/status-changes</c>), keeping every step.
/// </summary>
public static class MembershipsApi
{
    public const string Route = "/api/partners/memberships";

    public static RouteGroupBuilder MapMembershipsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Memberships");
        group.MapGet("/", ListAsync).WithName("list-memberships").WithSummary("List the Secretariat's standings with other bodies");
        group.MapGet("/{id:guid}", GetAsync).WithName("get-membership").WithSummary("Get a standing with its history");
        group.MapPost("/", OpenAsync).RequireAuthorization(PartnerPolicies.Write).WithName("open-membership")
            .WithSummary("Record a standing with a body").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/status-changes", ChangeStatusAsync).RequireAuthorization(PartnerPolicies.Write).WithName("change-membership-status")
            .WithSummary("Move a standing to its next status")
            .WithDescription("observer, invited, applied, member or ended; a move its status does not allow is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<MembershipDto>>, ValidationProblem>> ListAsync(
        PartnerLiaisonDbContext db, CancellationToken cancellationToken,
        string? partner = null, string? status = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        var validStatus = RequestFields.Choice(errors, "status", status, MembershipStatus.All, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Memberships.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(partner))
        {
            query = query.Where(m => m.PartnerId == partner);
        }

        if (validStatus is not null)
        {
            query = query.Where(m => m.Status == validStatus);
        }

        return TypedResults.Ok(await query.OrderBy(m => m.PartnerId).ThenBy(m => m.Id)
            .ToPageAsync(page, pageSize, MembershipDto.From, cancellationToken));
    }

    private static async Task<Results<Ok<MembershipDto>, NotFound>> GetAsync(
        Guid id, PartnerLiaisonDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(membership.Version);
        return TypedResults.Ok(MembershipDto.From(membership));
    }

    private static async Task<Results<Created<MembershipDto>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenMembershipRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        if (request.Validate(errors, DateOnly.FromDateTime(now), context.Author()) is not { } first)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partnerId = request.PartnerId!;
        await PartnerReferences.CheckAsync(db, errors, "partnerId", [partnerId], cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await CurrentStandingAsync(db, partnerId, cancellationToken) is { } open)
        {
            return AlreadyRecorded(open);
        }

        var membership = Membership.Open(partnerId, first, now);
        db.Memberships.Add(membership);
        outbox.Publish(MembershipEvents.Changed(membership));
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // Recorded by a concurrent request between the check and the save: the unique index
            // lets one standing per body be short of ended.
            return AlreadyRecorded(await CurrentStandingAsync(db, partnerId, cancellationToken)
                ?? throw new InvalidOperationException($"The save of a standing with '{partnerId}' was refused, yet none is open."));
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(membership.Version);
        return TypedResults.Created($"{Route}/{membership.Id}", MembershipDto.From(membership));
    }

    private static async Task<Results<Ok<MembershipDto>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, MembershipStatusChangeRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        var step = request.Validate(errors, DateOnly.FromDateTime(now), context.Author());
        var expected = ExpectedVersion.Read(context.Request, request.Version, errors, required: false);
        var latest = membership.History.Where(c => c.On is not null).MaxBy(c => c.Sequence)?.On;
        if (step?.On < latest)
        {
            errors.Add("on", $"'on' must not be before the membership's latest change ({latest:yyyy-MM-dd}).");
        }

        if (step is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (expected is not null && expected != membership.Version)
        {
            return MovedMeanwhile(membership, expected.Value);
        }

        if (!MembershipStatus.CanMove(membership.Status, step.Status))
        {
            return Conflicts.Because("The membership cannot move to that status.", MembershipStatus.Refusal(membership.Status, step.Status));
        }

        membership.MoveTo(step, now);
        outbox.Publish(MembershipEvents.Changed(membership));
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // Another step was stored first: its version token no longer matches, or its history
            // row took this step's sequence number. Name the status it moved to.
            var current = await db.Memberships.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
            return MovedMeanwhile(current, membership.Version - 1);
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(membership.Version);
        return TypedResults.Ok(MembershipDto.From(membership));
    }

    /// <summary>A step based on an older version: the status it has moved to since, and its version, read from the store.</summary>
    private static ProblemHttpResult MovedMeanwhile(Membership current, int expected) => Conflicts.Because(
        "The version is stale.",
        $"Membership {current.Id} is '{current.Status}' at version {current.Version}, not {expected}: read it again and reapply your change.",
        new Dictionary<string, object?> { ["currentVersion"] = current.Version, ["status"] = current.Status });

    private static Task<Membership?> CurrentStandingAsync(PartnerLiaisonDbContext db, string partnerId, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.PartnerId == partnerId && m.Status != MembershipStatus.Ended, cancellationToken);

    private static ProblemHttpResult AlreadyRecorded(Membership open) => Conflicts.Because(
        "A standing with this body is already recorded.",
        $"Membership {open.Id} with '{open.PartnerId}' is '{open.Status}': move it with POST {Route}/{open.Id}/status-changes.",
        new Dictionary<string, object?> { ["membershipId"] = open.Id, ["status"] = open.Status });
}

namespace Platform.Conventions.Activities;

public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivitiesApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/activities").WithTags("Activities");
        group.MapPost("/", CreateAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-create-activity")
            .WithSummary("Record an activity");
        group.MapGet("/{id:guid}", GetAsync).WithName($"{profile.Name}-get-activity")
            .WithSummary("Get an activity").WithDescription("The ETag header carries its version, for If-Match on a revision.");
        group.MapGet("/", ActivityList.ListAsync).WithName($"{profile.Name}-list-activities")
            .WithSummary("List activities").WithDescription("Those overlapping from..to, filtered by partner, mandate, status and type; pageSize at most 200.");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-update-activity")
            .WithSummary("Revise an activity")
            .WithDescription("Name the version revised with If-Match: \"n\" or a version field; a stale version is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", WithdrawAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-withdraw-activity")
            .WithSummary("Withdraw an activity")
            .WithDescription("200 with the withdrawn activity, the same again for a repeat; a stale If-Match on one not yet withdrawn is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<ActivityDto>, ValidationProblem>> CreateAsync(
        ActivityRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var valid = request.Validate(errors);
        if (valid is not null)
        {
            await ActivityReferences.CheckAsync(db, valid.Partners, valid.Mandates, errors, cancellationToken);
        }

        if (valid is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(),
            Convention = profile.Name,
            Version = 1,
            Title = valid.Title,
            RecordedAt = now,
            UpdatedAt = now,
        };
        activity.Apply(valid);
        db.Activities.Add(activity);
        outbox.Publish(ActivityEvents.Recorded(activity));
        await db.SaveChangesAsync(cancellationToken);

        response.Headers.ETag = ExpectedVersion.ETag(activity.Version);
        return TypedResults.Created($"{profile.RoutePrefix}/activities/{activity.Id}", ActivityDto.From(activity));
    }

    private static async Task<Results<Ok<ActivityDto>, NotFound>> GetAsync(
        Guid id, ConventionDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Proposals)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = ExpectedVersion.ETag(activity.Version);
        return TypedResults.Ok(ActivityDto.From(activity));
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, ActivityRequest request, HttpRequest http, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var expected = ExpectedVersion.Read(http, request.Version, errors);
        var valid = request.Validate(errors);
        var activity = await db.Activities.Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        if (valid is not null)
        {
            await ActivityReferences.CheckAsync(db, valid.Partners, valid.Mandates, errors, cancellationToken);
        }

        if (valid is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (activity.Version != expected || activity.Withdrawn)
        {
            return Conflicts.StaleVersion(activity.Version, activity.Withdrawn);
        }

        activity.Apply(valid);
        activity.Touch(clock.GetUtcNow().UtcDateTime);
        outbox.Publish(ActivityEvents.Revised(activity));
        if (await db.SaveVersionedAsync(token => StoredVersionAsync(db, id, token), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        http.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(activity.Version);
        return TypedResults.Ok(ActivityDto.From(activity));
    }

    /// <summary>
    /// Withdraws once: a repeat answers the withdrawn activity again, with no new version or
    /// event, so a client that lost the first answer can simply send it again.
    /// </summary>
    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, HttpRequest http, ConventionDbContext db, IOutbox outbox, TimeProvider clock, CancellationToken cancellationToken,
        string? reason = null)
    {
        var activity = await db.Activities.Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        errors.MaxLength("reason", reason, 2000);
        var expected = ExpectedVersion.Read(http, bodyVersion: null, errors, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (activity.Withdrawn)
        {
            return Withdrawn(http.HttpContext.Response, activity);
        }

        if (expected is not null && activity.Version != expected)
        {
            return Conflicts.StaleVersion(activity.Version);
        }

        activity.Withdrawn = true;
        activity.WithdrawalReason = reason?.Trim();
        activity.Touch(clock.GetUtcNow().UtcDateTime);
        outbox.Publish(ActivityEvents.Withdrawn(activity));
        var saved = await ConcurrentSave.TrySaveAsync(db, cancellationToken);

        // Answered from the store, as a repeat is, so that both answers are the same to the byte.
        // When a concurrent request came first and withdrew it, this is the same request, answered as when it comes second.
        var current = await db.Activities.AsNoTracking().Include(a => a.Proposals).FirstAsync(a => a.Id == id, cancellationToken);
        return saved || current.Withdrawn ? Withdrawn(http.HttpContext.Response, current) : Conflicts.StaleVersion(current.Version);
    }

    private static Ok<ActivityDto> Withdrawn(HttpResponse response, Activity activity)
    {
        response.Headers.ETag = ExpectedVersion.ETag(activity.Version);
        return TypedResults.Ok(ActivityDto.From(activity));
    }

    private static async Task<int?> StoredVersionAsync(ConventionDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().Where(a => a.Id == id).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken);
}

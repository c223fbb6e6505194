namespace PartnerLiaison.Coalitions;

/// <summary><c>/api/partners/coalitions</c>: named groups of organisations, their members and establishment.</summary>
public static class CoalitionsApi
{
    public const string Route = "/api/partners/coalitions";

    public static RouteGroupBuilder MapCoalitionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Coalitions");
        group.MapGet("/", ListAsync).WithName("list-coalitions").WithSummary("List coalitions and their members");
        group.MapGet("/{id}", GetAsync).WithName("get-coalition").WithSummary("Get a coalition");
        group.MapPost("/", RecordAsync).RequireAuthorization(PartnerPolicies.Write).WithName("record-coalition")
            .WithSummary("Record a coalition").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", EditAsync).RequireAuthorization(PartnerPolicies.Write).WithName("edit-coalition")
            .WithSummary("Edit a coalition, naming the version it changes").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<CoalitionDto>>, ValidationProblem>> ListAsync(
        PartnerLiaisonDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var coalitions = await db.Coalitions.AsNoTracking().OrderBy(c => c.Id).ToPageAsync(page, pageSize, c => c, cancellationToken);
        var items = await CoalitionDto.FromAsync(db, coalitions.Items, cancellationToken);
        return TypedResults.Ok(new ListPage<CoalitionDto>(items, page, pageSize, coalitions.TotalCount));
    }

    private static async Task<Results<Ok<CoalitionDto>, NotFound>> GetAsync(
        string id, PartnerLiaisonDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coalition is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(coalition.Version);
        return TypedResults.Ok((await CoalitionDto.FromAsync(db, [coalition], cancellationToken))[0]);
    }

    private static async Task<Results<Created<CoalitionDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        RecordCoalitionRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } details)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var id = request.Id!;
        var entry = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (entry is null || entry.Kind != OrganisationKinds.Coalition || entry.Retired)
        {
            errors.Add("id", $"'{id}' must be a current partner directory entry of kind 'coalition': register it at {OrganisationsApi.Route} first.");
        }

        await CheckMembersAsync(db, errors, id, details, current: null, cancellationToken);
        if (entry is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await db.Coalitions.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return AlreadyRecorded(id);
        }

        var coalition = Coalition.Record(id, details, clock.GetUtcNow().UtcDateTime);
        db.Coalitions.Add(coalition);
        outbox.Publish(CoalitionEvents.Changed(coalition, entry));
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // Recorded by a concurrent request between the check and the save.
            return AlreadyRecorded(id);
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(coalition.Version);
        return TypedResults.Created($"{Route}/{id}", (await CoalitionDto.FromAsync(db, [coalition], cancellationToken))[0]);
    }

    private static async Task<Results<Ok<CoalitionDto>, ValidationProblem, NotFound, ProblemHttpResult>> EditAsync(
        string id, EditCoalitionRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var coalition = await db.Coalitions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coalition is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        var expected = ExpectedVersion.Read(context.Request, request.Version, errors);
        if (details is not null)
        {
            await CheckMembersAsync(db, errors, id, details, coalition.Members, cancellationToken);
        }

        if (details is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (coalition.Version != expected)
        {
            return Conflicts.StaleVersion(coalition.Version);
        }

        var entry = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
        coalition.Apply(details, clock.GetUtcNow().UtcDateTime);
        outbox.Publish(CoalitionEvents.Changed(coalition, entry));
        if (await db.SaveVersionedAsync(
                token => db.Coalitions.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Version).FirstOrDefaultAsync(token),
                cancellationToken) is { } conflict)
        {
            return conflict;
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(coalition.Version);
        return TypedResults.Ok((await CoalitionDto.FromAsync(db, [coalition], cancellationToken))[0]);
    }

    private static ProblemHttpResult AlreadyRecorded(string id) =>
        Conflicts.Because("The coalition is already recorded.", $"Edit it with PUT {Route}/{id}.");

    private static async Task CheckMembersAsync(
        PartnerLiaisonDbContext db, ValidationErrors errors, string id, CoalitionDetails details,
        IReadOnlyCollection<string>? current, CancellationToken cancellationToken)
    {
        if (details.Members.Contains(id))
        {
            errors.Add("members", "A coalition is not a member of itself.");
        }

        await PartnerReferences.CheckAsync(db, errors, "members", details.Members, cancellationToken, current);
    }
}

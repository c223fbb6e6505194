namespace PartnerLiaison.Engagements;

/// <summary><c>/api/partners/engagements</c>: meetings, communications, agreements and joint work with partners.</summary>
public static class EngagementsApi
{
    public const string Route = "/api/partners/engagements";

    public static RouteGroupBuilder MapEngagementsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Engagements");
        group.MapGet("/", ListAsync).WithName("list-engagements")
            .WithSummary("List engagements").WithDescription("Meetings, communications, observer participation, agreements and joint work with partners.");
        group.MapGet("/{id:guid}", GetAsync).WithName("get-engagement").WithSummary("Get an engagement");
        group.MapPost("/", RecordAsync).RequireAuthorization(PartnerPolicies.Write).WithName("record-engagement").WithSummary("Record an engagement");
        group.MapPut("/{id:guid}", EngagementRevision.ReviseAsync).RequireAuthorization(PartnerPolicies.Write).WithName("revise-engagement")
            .WithSummary("Revise an engagement, naming the version it changes").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", EngagementWithdrawal.WithdrawAsync).RequireAuthorization(PartnerPolicies.Write).WithName("withdraw-engagement")
            .WithSummary("Withdraw an engagement")
            .WithDescription("200 with the withdrawn engagement, the same again for a repeat; a stale If-Match on one not yet withdrawn is 409.").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<EngagementDto>>, ValidationProblem>> ListAsync(
        PartnerLiaisonDbContext db, CancellationToken cancellationToken,
        string? partner = null, string? kind = null, string? convention = null, string? from = null, string? to = null,
        bool includeWithdrawn = false, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        var validKind = RequestFields.Choice(errors, "kind", kind, EngagementKinds.All, required: false);
        var validConvention = RequestFields.Choice(errors, "convention", convention, RequestFields.ConventionNames, required: false);
        var fromDate = errors.IsoDate("from", from, required: false);
        var toDate = errors.IsoDate("to", to, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Engagements.AsNoTracking().Where(e => includeWithdrawn || !e.Withdrawn);
        if (!string.IsNullOrWhiteSpace(partner))
        {
            query = query.Where(e => e.Partners.Contains(partner));
        }

        if (validKind is not null)
        {
            query = query.Where(e => e.Kind == validKind);
        }

        if (validConvention is not null)
        {
            query = query.Where(e => e.Conventions.Contains(validConvention));
        }

        if (fromDate is not null)
        {
            query = query.Where(e => (e.End ?? e.Start) >= fromDate);
        }

        if (toDate is not null)
        {
            query = query.Where(e => e.Start <= toDate);
        }

        return TypedResults.Ok(await query.OrderBy(e => e.Start).ThenBy(e => e.Id)
            .ToPageAsync(page, pageSize, EngagementDto.From, cancellationToken));
    }

    private static async Task<Results<Ok<EngagementDto>, NotFound>> GetAsync(
        Guid id, PartnerLiaisonDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engagement is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(engagement.Version);
        return TypedResults.Ok(EngagementDto.From(engagement));
    }

    private static async Task<Results<Created<EngagementDto>, ValidationProblem>> RecordAsync(
        EngagementRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        if (details is not null)
        {
            await PartnerReferences.CheckAsync(db, errors, "partners", details.Partners, cancellationToken);
        }

        if (details is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var engagement = new Engagement { Id = Guid.CreateVersion7(), Kind = details.Kind, Title = details.Title, RecordedAt = now };
        engagement.Apply(details, now);
        db.Engagements.Add(engagement);
        outbox.Publish(new EngagementRecorded { Engagement = EngagementEvents.Snapshot(engagement) });
        await db.SaveChangesAsync(cancellationToken);

        context.Response.Headers.ETag = ExpectedVersion.ETag(engagement.Version);
        return TypedResults.Created($"{Route}/{engagement.Id}", EngagementDto.From(engagement));
    }

    internal static async Task<int?> StoredVersionAsync(PartnerLiaisonDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Engagements.AsNoTracking().Where(e => e.Id == id).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken);
}

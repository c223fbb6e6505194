namespace PartnerLiaison.Transmissions;

/// <summary><c>/api/partners/transmissions</c>: what was made available to UNEP (BC-14/21 6(a)) and other partners.</summary>
public static class TransmissionsApi
{
    public const string Route = "/api/partners/transmissions";

    public static RouteGroupBuilder MapTransmissionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Transmissions");
        group.MapGet("/", ListAsync).WithName("list-transmissions").WithSummary("List what was made available to UNEP and other partners");
        group.MapGet("/{id:guid}", GetAsync).WithName("get-transmission").WithSummary("Get a transmission");
        group.MapPost("/", RecordAsync).RequireAuthorization(PartnerPolicies.Write).WithName("record-transmission").WithSummary("Record a transmission");
        group.MapPut("/{id:guid}", ReviseAsync).RequireAuthorization(PartnerPolicies.Write).WithName("revise-transmission")
            .WithSummary("Revise a transmission, naming the version it changes").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<TransmissionDto>>, ValidationProblem>> ListAsync(
        PartnerLiaisonDbContext db, CancellationToken cancellationToken,
        string? recipient = null, string? from = null, string? to = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        var fromDate = errors.IsoDate("from", from, required: false);
        var toDate = errors.IsoDate("to", to, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Transmissions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(recipient))
        {
            query = query.Where(t => t.RecipientId == recipient);
        }

        if (fromDate is not null)
        {
            query = query.Where(t => t.TransmittedOn >= fromDate);
        }

        if (toDate is not null)
        {
            query = query.Where(t => t.TransmittedOn <= toDate);
        }

        return TypedResults.Ok(await query.OrderBy(t => t.TransmittedOn).ThenBy(t => t.Id)
            .ToPageAsync(page, pageSize, TransmissionDto.From, cancellationToken));
    }

    private static async Task<Results<Ok<TransmissionDto>, NotFound>> GetAsync(
        Guid id, PartnerLiaisonDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var transmission = await db.Transmissions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (transmission is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(transmission.Version);
        return TypedResults.Ok(TransmissionDto.From(transmission));
    }

    private static async Task<Results<Created<TransmissionDto>, ValidationProblem>> RecordAsync(
        TransmissionRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        if (details is not null)
        {
            await PartnerReferences.CheckAsync(db, errors, "recipientId", [details.RecipientId], cancellationToken);
        }

        if (details is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var transmission = new Transmission { Id = Guid.CreateVersion7(), RecipientId = details.RecipientId, Title = details.Title, RecordedAt = now };
        transmission.Apply(details, now);
        db.Transmissions.Add(transmission);
        outbox.Publish(new TransmissionRecorded { Transmission = TransmissionEvents.Snapshot(transmission) });
        await db.SaveChangesAsync(cancellationToken);

        context.Response.Headers.ETag = ExpectedVersion.ETag(transmission.Version);
        return TypedResults.Created($"{Route}/{transmission.Id}", TransmissionDto.From(transmission));
    }

    private static async Task<Results<Ok<TransmissionDto>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseAsync(
        Guid id, TransmissionRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var transmission = await db.Transmissions.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (transmission is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        var expected = ExpectedVersion.Read(context.Request, request.Version, errors);
        if (details is not null)
        {
            await PartnerReferences.CheckAsync(db, errors, "recipientId", [details.RecipientId], cancellationToken, [transmission.RecipientId]);
        }

        if (details is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (transmission.Version != expected)
        {
            return Conflicts.StaleVersion(transmission.Version);
        }

        transmission.Apply(details, clock.GetUtcNow().UtcDateTime);
        outbox.Publish(new TransmissionRevised { Transmission = TransmissionEvents.Snapshot(transmission) });
        if (await db.SaveVersionedAsync(
                token => db.Transmissions.AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.Version).FirstOrDefaultAsync(token),
                cancellationToken) is { } conflict)
        {
            return conflict;
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(transmission.Version);
        return TypedResults.Ok(TransmissionDto.From(transmission));
    }
}

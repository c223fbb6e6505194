using Platform.Contracts.AssistanceRequests;

namespace Platform.Conventions.AssistanceRequests;

/// <summary><c>/api/{convention}/assistance-requests</c>: Parties' requests for help and how they were handled.</summary>
public static class AssistanceRequestsApi
{
    public static RouteGroupBuilder MapAssistanceRequestsApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/assistance-requests").WithTags("Party assistance");
        group.MapPost("/", CreateAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-open-assistance-request")
            .WithSummary("Log a Party's request for assistance");
        group.MapGet("/", ListAsync).WithName($"{profile.Name}-list-assistance-requests").WithSummary("List assistance requests");
        group.MapGet("/{id:guid}", GetAsync).WithName($"{profile.Name}-get-assistance-request").WithSummary("Get an assistance request");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-update-assistance-request")
            .WithSummary("Revise an assistance request: its status, outcome and mandate").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<AssistanceRequestDto>, ValidationProblem>> CreateAsync(
        AssistanceRequestBody body, ConventionProfile profile, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var valid = body.Validate(errors);
        if (valid?.Mandate is { } mandate)
        {
            await ActivityReferences.CheckAsync(db, [], [mandate], errors, cancellationToken, "mandate");
        }

        if (valid is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var request = new AssistanceRequest { Id = Guid.CreateVersion7(), Convention = profile.Name, Party = valid.Party, Subject = valid.Subject };
        Apply(request, valid, clock);
        request.Version = 1;
        db.AssistanceRequests.Add(request);
        outbox.Publish(new AssistanceRequestOpened { Request = AssistanceRequestEvents.Snapshot(request) });
        if (request.Status == AssistanceRequestStatus.Closed)
        {
            outbox.Publish(new AssistanceRequestClosed { Request = AssistanceRequestEvents.Snapshot(request) });
        }

        await db.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ExpectedVersion.ETag(request.Version);
        return TypedResults.Created($"{profile.RoutePrefix}/assistance-requests/{request.Id}", AssistanceRequestDto.From(request));
    }

    private static async Task<Results<Ok<AssistanceRequestDto>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, AssistanceRequestBody body, HttpRequest http, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var request = await db.AssistanceRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var expected = ExpectedVersion.Read(http, body.Version, errors);
        var valid = body.Validate(errors);
        if (valid?.Mandate is { } mandate)
        {
            await ActivityReferences.CheckAsync(db, [], [mandate], errors, cancellationToken, "mandate");
        }

        if (valid is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (request.Version != expected)
        {
            return Conflicts.StaleVersion(request.Version);
        }

        var wasClosed = request.Status == AssistanceRequestStatus.Closed;
        Apply(request, valid, clock);
        request.Version++;
        var snapshot = AssistanceRequestEvents.Snapshot(request);
        if (!wasClosed && request.Status == AssistanceRequestStatus.Closed)
        {
            outbox.Publish(new AssistanceRequestClosed { Request = snapshot });
        }
        else
        {
            outbox.Publish(new AssistanceRequestRevised { Request = snapshot });
        }

        if (await db.SaveVersionedAsync(
                token => db.AssistanceRequests.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.Version).FirstOrDefaultAsync(token),
                cancellationToken) is { } conflict)
        {
            return conflict;
        }

        http.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(request.Version);
        return TypedResults.Ok(AssistanceRequestDto.From(request));
    }

    private static async Task<Results<Ok<AssistanceRequestDto>, NotFound>> GetAsync(
        Guid id, ConventionDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var request = await db.AssistanceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = ExpectedVersion.ETag(request.Version);
        return TypedResults.Ok(AssistanceRequestDto.From(request));
    }

    private static async Task<Results<Ok<AssistanceRequestPage>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, string? party = null, string? mandate = null,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.AssistanceRequests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(party)) { var code = party.Trim().ToUpperInvariant(); query = query.Where(r => r.Party == code); }
        if (!string.IsNullOrWhiteSpace(mandate)) { var reference = MandateReferenceText.Normalize(mandate); query = query.Where(r => r.Mandate == reference); }
        var found = await query.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToPageAsync(page, pageSize, AssistanceRequestDto.From, cancellationToken);
        return TypedResults.Ok(new AssistanceRequestPage(found.Items, found.Page, found.PageSize, found.TotalCount));
    }

    private static void Apply(AssistanceRequest request, ValidatedAssistanceRequest valid, TimeProvider clock)
    {
        request.Party = valid.Party;
        request.Subject = valid.Subject;
        request.Description = valid.Description;
        request.ReceivedOn = valid.ReceivedOn;
        request.Status = valid.Status;
        request.Outcome = valid.Outcome;
        request.ClosedOn = valid.ClosedOn;
        request.Mandate = valid.Mandate;
        request.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }
}

public sealed record AssistanceRequestPage(IReadOnlyList<AssistanceRequestDto> Items, int Page, int PageSize, int TotalCount);

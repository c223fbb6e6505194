namespace PartnerLiaison.Organisations;

/// <summary>
/// <c>/api/partners/organisations</c>: the partner directory. Anyone signed in reads it; the
/// liaison team registers, edits and retires entries, each change announced to the other services.
/// </summary>
public static class OrganisationsApi
{
    public const string Route = "/api/partners/organisations";

    private const int MaxSearchLength = 200;

    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Organisations");
        group.MapGet("/", ListAsync).WithName("list-organisations")
            .WithSummary("List the partner directory")
            .WithDescription("Filtered by kind and parent (an umbrella such as iomc shows its participating organisations), and by search: words found in the id, name or acronym.");
        group.MapGet("/{id}", GetAsync).WithName("get-organisation").WithSummary("Get a directory entry");
        group.MapGet("/{id}/history", HistoryAsync).WithName("get-organisation-history").WithSummary("List a directory entry's revisions");
        group.MapPost("/", OrganisationRegistration.RegisterAsync).RequireAuthorization(PartnerPolicies.Write).WithName("register-organisation")
            .WithSummary("Register an organisation under the id the team chooses").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", OrganisationEdits.EditAsync).RequireAuthorization(PartnerPolicies.Write).WithName("edit-organisation")
            .WithSummary("Replace a directory entry, naming the version it changes").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{id}", OrganisationEdits.PatchAsync).RequireAuthorization(PartnerPolicies.Write).WithName("patch-organisation")
            .WithSummary("Change the fields sent, naming the version it changes").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id}", OrganisationRetirement.RetireAsync).RequireAuthorization(PartnerPolicies.Write).WithName("retire-organisation")
            .WithSummary("Retire an organisation; its history stays")
            .WithDescription("200 with the retired entry, the same again for a repeat; a stale If-Match on one not yet retired is 409.").ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ListPage<OrganisationDto>>, ValidationProblem>> ListAsync(
        PartnerLiaisonDbContext db,
        CancellationToken cancellationToken,
        string? kind = null,
        string? parent = null,
        string? search = null,
        bool includeRetired = false,
        int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        var validKind = RequestFields.Choice(errors, "kind", kind, OrganisationKinds.All, required: false);
        var words = errors.SingleLine("search", search, MaxSearchLength)?.ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Organisations.AsNoTracking();
        if (!includeRetired)
        {
            query = query.Where(o => !o.Retired);
        }

        if (validKind is not null)
        {
            query = query.Where(o => o.Kind == validKind);
        }

        if (!string.IsNullOrWhiteSpace(parent))
        {
            query = query.Where(o => o.ParentId == parent);
        }

        // Every word somewhere in the id, the name or the acronym: "waste coalition" finds the E-waste Coalition.
        foreach (var word in words)
        {
            query = query.Where(o => o.Id.Contains(word) || o.Name.ToLower().Contains(word) || (o.Acronym != null && o.Acronym.ToLower().Contains(word)));
        }

        return TypedResults.Ok(await query.OrderBy(o => o.Id).ToPageAsync(page, pageSize, OrganisationDto.From, cancellationToken));
    }

    private static async Task<Results<Ok<OrganisationDetailsDto>, NotFound>> GetAsync(
        string id, PartnerLiaisonDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(organisation.Version);
        return TypedResults.Ok(await DetailsAsync(db, organisation, cancellationToken));
    }

    private static async Task<Results<Ok<ListPage<OrganisationRevisionDto>>, ValidationProblem, NotFound>> HistoryAsync(
        string id, PartnerLiaisonDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.OrganisationRevisions.AsNoTracking()
            .Where(r => r.OrganisationId == id)
            .OrderBy(r => r.Version)
            .ToPageAsync(page, pageSize, OrganisationRevisionDto.From, cancellationToken));
    }

    internal static async Task<OrganisationDetailsDto> DetailsAsync(
        PartnerLiaisonDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        var parent = organisation.ParentId is null
            ? null
            : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisation.ParentId, cancellationToken);
        var participating = await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == organisation.Id && !o.Retired)
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var coalitions = await db.Coalitions.AsNoTracking()
            .Where(c => c.Members.Contains(organisation.Id))
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);

        var dto = OrganisationDto.From(organisation);
        return new OrganisationDetailsDto(
            dto.Id, dto.Version, dto.Name, dto.Acronym, dto.Kind, dto.ParentId,
            parent is null ? null : OrganisationReference.From(parent),
            dto.Retired, dto.RegisteredAt, dto.UpdatedAt, dto.RetiredAt,
            participating.Select(OrganisationReference.From).ToList(),
            coalitions);
    }
}

namespace PartnerLiaison.Organisations;

/// <summary><c>PUT</c> and <c>PATCH /api/partners/organisations/{id}</c>: edits of a directory entry, a whole replacement (<c>PUT</c>) or the fields sent (<c>PATCH</c>), each naming the version it changes.</summary>
internal static class OrganisationEdits
{
    public static async Task<Results<Ok<OrganisationDetailsDto>, ValidationProblem, NotFound, ProblemHttpResult>> EditAsync(
        string id, EditOrganisationRequest request, PartnerLiaisonDbContext db, OrganisationRegistry registry,
        HttpContext context, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        var expected = ExpectedVersion.Read(context.Request, request.Version, errors);
        return await ApplyEditAsync(organisation, details, expected, errors, db, registry, context, cancellationToken);
    }

    public static async Task<Results<Ok<OrganisationDetailsDto>, ValidationProblem, NotFound, ProblemHttpResult>> PatchAsync(
        string id, OrganisationPatch patch, PartnerLiaisonDbContext db, OrganisationRegistry registry,
        HttpContext context, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var details = patch.Validate(errors, organisation);
        var expected = ExpectedVersion.Read(context.Request, patch.Version, errors);
        return await ApplyEditAsync(organisation, details, expected, errors, db, registry, context, cancellationToken);
    }

    private static async Task<Results<Ok<OrganisationDetailsDto>, ValidationProblem, NotFound, ProblemHttpResult>> ApplyEditAsync(
        Organisation organisation, OrganisationDetails? details, int? expected, ValidationErrors errors,
        PartnerLiaisonDbContext db, OrganisationRegistry registry, HttpContext context, CancellationToken cancellationToken)
    {
        if (details is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (organisation.Retired)
        {
            return Conflicts.Because("The organisation is retired.", $"'{organisation.Id}' was retired; its entry is kept as history and no longer changes.",
                new Dictionary<string, object?> { ["currentVersion"] = organisation.Version });
        }

        if (organisation.Version != expected)
        {
            return Conflicts.StaleVersion(organisation.Version);
        }

        await registry.CheckParentAsync(errors, details.ParentId, organisation.Id, organisation.ParentId, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!details.Matches(organisation))
        {
            registry.Change(organisation, details, context.Author());
            // Changed by a concurrent request: its version token or its revision row came first.
            if (await db.SaveVersionedAsync(
                    token => db.Organisations.AsNoTracking().Where(o => o.Id == organisation.Id).Select(o => (int?)o.Version).FirstOrDefaultAsync(token),
                    cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(organisation.Version);
        return TypedResults.Ok(await OrganisationsApi.DetailsAsync(db, organisation, cancellationToken));
    }
}

namespace PartnerLiaison.Organisations;

/// <summary>
/// <c>DELETE /api/partners/organisations/{id}</c>: retiring an entry, whose history stays. A
/// retirement is made once: a repeat answers the retired entry again, with no new version or
/// announcement.
/// </summary>
internal static class OrganisationRetirement
{
    public static async Task<Results<Ok<OrganisationDetailsDto>, NotFound, ValidationProblem, ProblemHttpResult>> RetireAsync(
        string id, PartnerLiaisonDbContext db, OrganisationRegistry registry, HttpContext context, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var expected = ExpectedVersion.Read(context.Request, bodyVersion: null, errors, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (organisation.Retired)
        {
            return await RetiredAsync(db, organisation, context, cancellationToken);
        }

        if (expected is not null && expected != organisation.Version)
        {
            return Conflicts.StaleVersion(organisation.Version);
        }

        registry.Retire(organisation, context.Author());
        var saved = await ConcurrentSave.TrySaveAsync(db, cancellationToken);

        // Answered from the store, as a repeat is, so that both answers are the same to the byte.
        // When a concurrent request came first (its version token or its revision row) and retired
        // it, this is the same request, answered as when it comes second.
        var current = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
        return saved || current.Retired
            ? await RetiredAsync(db, current, context, cancellationToken)
            : Conflicts.StaleVersion(current.Version);
    }

    private static async Task<Ok<OrganisationDetailsDto>> RetiredAsync(
        PartnerLiaisonDbContext db, Organisation organisation, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.ETag = ExpectedVersion.ETag(organisation.Version);
        return TypedResults.Ok(await OrganisationsApi.DetailsAsync(db, organisation, cancellationToken));
    }
}

namespace PartnerLiaison.Organisations;

/// <summary><c>POST /api/partners/organisations</c>: registering an entry with the id the team chooses.</summary>
internal static class OrganisationRegistration
{
    public static async Task<Results<Created<OrganisationDetailsDto>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterOrganisationRequest request,
        PartnerLiaisonDbContext db,
        OrganisationRegistry registry,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } details)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var id = request.Id!;
        await registry.CheckParentAsync(errors, details.ParentId, id, currentParentId: null, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return AlreadyRegistered(id);
        }

        var organisation = registry.Register(id, details, context.Author());
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // Registered by a concurrent request between the check and the save.
            return AlreadyRegistered(id);
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(organisation.Version);
        return TypedResults.Created($"{OrganisationsApi.Route}/{id}", await OrganisationsApi.DetailsAsync(db, organisation, cancellationToken));
    }

    private static ProblemHttpResult AlreadyRegistered(string id) => Conflicts.Because(
        "The id is taken.",
        $"'{id}' is already in the partner directory (ids of retired partners are not given out again): choose another id, or edit the existing entry.");
}

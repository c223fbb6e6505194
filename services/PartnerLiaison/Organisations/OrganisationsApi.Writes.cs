using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Http;
using PartnerLiaison.Persistence;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Organisations;

/// <summary>Registering an entry with the id the team chooses, and retiring one (its history stays).</summary>
public static partial class OrganisationsApi
{
    private static async Task<Results<Created<OrganisationDetailsDto>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Registered by a concurrent request between the check and the save.
            db.ChangeTracker.Clear();
            if (await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
            {
                return AlreadyRegistered(id);
            }

            throw;
        }

        context.Response.Headers.ETag = ExpectedVersion.Tag(organisation.Version);
        return TypedResults.Created($"{Route}/{id}", await DetailsAsync(db, organisation, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> RetireAsync(
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
            return TypedResults.NoContent();
        }

        if (expected is not null && expected != organisation.Version)
        {
            return Problems.StaleVersion($"'{organisation.Id}'", organisation.Version, expected.Value);
        }

        registry.Retire(organisation, context.Author());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Changed by a concurrent request (its version token or its revision row came first).
            // Retired by it: the same request, answered as when it comes second.
            db.ChangeTracker.Clear();
            var current = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
            if (current.Retired)
            {
                return TypedResults.NoContent();
            }

            if (current.Version == organisation.Version - 1)
            {
                throw;
            }

            return Problems.StaleVersion($"'{id}'", current.Version, expected ?? organisation.Version - 1);
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult AlreadyRegistered(string id) => Problems.Conflict(
        "The id is taken.",
        $"'{id}' is already in the partner directory (ids of retired partners are not given out again): choose another id, or edit the existing entry.");
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Http;
using PartnerLiaison.Persistence;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Organisations;

/// <summary>Edits of a directory entry: a whole replacement (<c>PUT</c>) or the fields sent (<c>PATCH</c>), each naming the version it changes.</summary>
public static partial class OrganisationsApi
{
    private static async Task<Results<Ok<OrganisationDetailsDto>, ValidationProblem, NotFound, ProblemHttpResult>> EditAsync(
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

    private static async Task<Results<Ok<OrganisationDetailsDto>, ValidationProblem, NotFound, ProblemHttpResult>> PatchAsync(
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
            return Problems.Conflict("The organisation is retired.", $"'{organisation.Id}' was retired; its entry is kept as history and no longer changes.");
        }

        if (organisation.Version != expected)
        {
            return Problems.StaleVersion($"'{organisation.Id}'", organisation.Version, expected.Value);
        }

        await registry.CheckParentAsync(errors, details.ParentId, organisation.Id, organisation.ParentId, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!details.Matches(organisation))
        {
            registry.Change(organisation, details, context.Author());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Changed by a concurrent request: its version token or its revision row came first.
                db.ChangeTracker.Clear();
                var current = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisation.Id, cancellationToken);
                if (current.Version == expected)
                {
                    throw;
                }

                return Problems.StaleVersion($"'{organisation.Id}'", current.Version, expected.Value);
            }
        }

        context.Response.Headers.ETag = ExpectedVersion.Tag(organisation.Version);
        return TypedResults.Ok(await DetailsAsync(db, organisation, cancellationToken));
    }
}

namespace PartnerLiaison.Activities;

/// <summary>
/// <c>GET /api/partners/organisations/{id}/activities</c>: the convention services' activities
/// that name a partner, from the activity events this service received; withdrawn ones are left out.
/// </summary>
public static class PartnerActivitiesApi
{
    public static RouteHandlerBuilder MapPartnerActivitiesApi(this IEndpointRouteBuilder endpoints) => endpoints
        .MapGet($"{OrganisationsApi.Route}/{{id}}/activities", ListAsync)
        .WithTags("Organisations")
        .WithName("list-partner-activities")
        .WithSummary("List the convention activities that name a partner");

    private static async Task<Results<Ok<ListPage<PartnerActivityDto>>, ValidationProblem, NotFound>> ListAsync(
        string id, PartnerLiaisonDbContext db, CancellationToken cancellationToken,
        int page = 1, int pageSize = Paging.DefaultPageSize)
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

        var query = db.Activities.AsNoTracking()
            .Where(a => !a.Withdrawn && a.Partners.Contains(id))
            .OrderBy(a => a.Start).ThenBy(a => a.ActivityId);
        return TypedResults.Ok(await query.ToPageAsync(page, pageSize, PartnerActivityDto.From, cancellationToken));
    }
}

public sealed record PartnerActivityDto(
    Guid Id, string Convention, IReadOnlyList<string> Conventions, int Version, string Title, string Type, string Status,
    DateOnly Start, DateOnly? End, IReadOnlyList<string> Partners, IReadOnlyList<string> Mandates)
{
    public static PartnerActivityDto From(PartnerActivity activity) => new(
        activity.ActivityId, activity.Convention, activity.Conventions, activity.Version, activity.Title, activity.Type,
        activity.Status, activity.Start, activity.End, activity.Partners, activity.Mandates);
}

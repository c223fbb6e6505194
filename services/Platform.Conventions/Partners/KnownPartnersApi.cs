namespace Platform.Conventions.Partners;

/// <summary>
/// <c>GET /api/{convention}/partners</c>: the partner ids this service accepts in activities, as
/// its replica of the directory holds them. The partner-liaison service owns the directory.
/// </summary>
public static class KnownPartnersApi
{
    public static IEndpointRouteBuilder MapKnownPartnersApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        endpoints.MapGet($"{profile.RoutePrefix}/partners", ListAsync).WithTags("Partners").WithName($"{profile.Name}-list-known-partners")
            .WithSummary("List the partner ids this service accepts in activities");
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<KnownPartnerDto>>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, bool includeRetired = false,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await db.Partners.AsNoTracking()
            .Where(partner => includeRetired || !partner.Retired)
            .OrderBy(partner => partner.Id)
            .Select(partner => new KnownPartnerDto(partner.Id, partner.Name, partner.Acronym, partner.Kind, partner.ParentId, partner.Retired, partner.Version))
            .ToPageAsync(page, pageSize, partner => partner, cancellationToken));
    }
}

public sealed record KnownPartnerDto(string Id, string Name, string? Acronym, string Kind, string? ParentId, bool Retired, int Version);

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Coalitions;
using PartnerLiaison.Engagements;
using PartnerLiaison.Memberships;
using PartnerLiaison.Organisations;
using PartnerLiaison.Persistence;
using PartnerLiaison.Transmissions;
using Platform.Contracts.Contributions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Contributions;

/// <summary>
/// <c>/api/partners/contributions</c>: what a report run asks every source for. The manifest
/// lists the ids and versions of what falls in the period; the run compares it with its read
/// model and fetches each item it lacks, or holds at an older version, from <c>{kind}/{id}</c>,
/// whose <c>state</c> is the very snapshot the item's events carry (built by the same code), so
/// the reporting service applies a fetched item exactly as it applies an event.
/// </summary>
public static class ContributionsApi
{
    public const string Route = "/api/partners/contributions";

    public static RouteGroupBuilder MapContributionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Contributions");
        group.MapGet("/", ManifestAsync).WithName("get-contribution-manifest")
            .WithSummary("List the ids and versions of what falls in a period, for a report run");
        group.MapGet("/{kind}/{id}", ItemAsync).WithName("get-contribution-item")
            .WithSummary("Get one contribution item as the snapshot its event carries");
        return group;
    }

    private static async Task<Results<Ok<ContributionManifest>, ValidationProblem>> ManifestAsync(
        PartnerLiaisonDbContext db, ServiceIdentity service, CancellationToken cancellationToken,
        string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        var fromDate = errors.IsoDate("from", from, required: true);
        var toDate = errors.IsoDate("to", to, required: true);
        if (fromDate is not null && toDate < fromDate)
        {
            errors.Add("to", "'to' must not be before 'from'.");
        }

        if (fromDate is null || toDate is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var items = await ContributionManifestQuery.ItemsAsync(db, fromDate.Value, toDate.Value, cancellationToken);
        return TypedResults.Ok(new ContributionManifest { Source = service.Name, From = fromDate.Value, To = toDate.Value, Items = items });
    }

    private static async Task<Results<Ok<ContributionItem>, NotFound>> ItemAsync(
        string kind, string id, PartnerLiaisonDbContext db, ServiceIdentity service, CancellationToken cancellationToken)
    {
        var guid = Guid.TryParse(id, out var parsed) ? parsed : (Guid?)null;
        switch (kind)
        {
            case ContributionKinds.Partner when await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, organisation.Version, OrganisationRegistry.Snapshot(organisation)));
            case ContributionKinds.Coalition when await db.Coalitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } coalition
                && await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == coalition.Id, cancellationToken) is { } entry:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, coalition.Version, CoalitionEvents.Snapshot(coalition, entry)));
            case ContributionKinds.Membership when guid is not null && await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == guid, cancellationToken) is { } membership:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, membership.Version, MembershipEvents.Snapshot(membership)));
            case ContributionKinds.Engagement when guid is not null && await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == guid, cancellationToken) is { } engagement:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, engagement.Version, EngagementEvents.Snapshot(engagement)));
            case ContributionKinds.Transmission when guid is not null && await db.Transmissions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == guid, cancellationToken) is { } transmission:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, transmission.Version, TransmissionEvents.Snapshot(transmission)));
            default:
                return TypedResults.NotFound();
        }
    }
}

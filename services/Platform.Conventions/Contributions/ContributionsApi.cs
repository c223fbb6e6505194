using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Contributions;
using Platform.Conventions.Activities;
using Platform.Conventions.AssistanceRequests;
using Platform.Conventions.Decisions;
using Platform.Conventions.Persistence;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Validation;

namespace Platform.Conventions.Contributions;

/// <summary>
/// <c>/api/{convention}/contributions</c>: what a report run asks every source for. The manifest
/// lists the ids and versions of what falls in the period; each item's <c>state</c> is the very
/// snapshot the matching event carries, so the reporting service applies a fetched item exactly
/// as it applies an event.
/// </summary>
public static class ContributionsApi
{
    public static RouteGroupBuilder MapContributionsApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/contributions").WithTags("Contributions");
        group.MapGet("/", ManifestAsync).WithName($"{profile.Name}-get-contribution-manifest")
            .WithSummary("List the ids and versions of what falls in a period, for a report run");
        // Decision symbols contain '/', hence the catch-all segment.
        group.MapGet("/{kind}/{**id}", ItemAsync).WithName($"{profile.Name}-get-contribution-item")
            .WithSummary("Get one contribution item as the snapshot its event carries");
        return group;
    }

    private static async Task<Results<Ok<ContributionManifest>, ValidationProblem>> ManifestAsync(
        ConventionDbContext db, ServiceIdentity service, CancellationToken cancellationToken,
        string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        var fromDate = errors.IsoDate("from", from, required: true);
        var toDate = errors.IsoDate("to", to, required: true);
        if (fromDate is not null && toDate is not null && toDate < fromDate)
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
        string kind, string id, ConventionDbContext db, ServiceIdentity service, CancellationToken cancellationToken)
    {
        id = Uri.UnescapeDataString(id);
        var guid = Guid.TryParse(id, out var parsed) ? parsed : (Guid?)null;
        switch (kind)
        {
            case ContributionKinds.Activity when guid is not null
                && await db.Activities.AsNoTracking().Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == guid, cancellationToken) is { } activity:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, activity.Version, ActivityEvents.Snapshot(activity)));
            case ContributionKinds.AssistanceRequest when guid is not null
                && await db.AssistanceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == guid, cancellationToken) is { } request:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, request.Version, AssistanceRequestEvents.Snapshot(request)));
            case ContributionKinds.Decision
                when await db.Decisions.AsNoTracking().Include(d => d.Mandates).FirstOrDefaultAsync(d => d.Symbol == id, cancellationToken) is { } decision:
                return TypedResults.Ok(ContributionSnapshots.Item(service.Name, kind, id, ContributionKinds.DecisionVersion, DecisionEvents.Imported(decision, service.Name)));
            default:
                return TypedResults.NotFound();
        }
    }
}

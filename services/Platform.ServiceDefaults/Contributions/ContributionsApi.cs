using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Contributions;
using Platform.ServiceDefaults.Validation;

namespace Platform.ServiceDefaults.Contributions;

/// <summary>
/// <c>{route}</c>: what a report run asks every source for, served the same way by every source.
/// The manifest lists the ids and versions of what falls in the period; the run compares it with
/// its read model and fetches each item it lacks, or holds at an older version, from
/// <c>{kind}/{id}</c>, whose <c>state</c> is the very snapshot the item's events carry, so the
/// reporting service applies a fetched item exactly as it applies an event.
/// </summary>
public static class ContributionsApi
{
    /// <param name="operationPrefix">Prefixes the operation names (<c>basel-</c>), where one code base serves several services.</param>
    public static RouteGroupBuilder MapContributionsApi(this IEndpointRouteBuilder endpoints, string route, string operationPrefix = "")
    {
        var group = endpoints.MapGroup(route).WithTags("Contributions");
        group.MapGet("/", ManifestAsync).WithName($"{operationPrefix}get-contribution-manifest")
            .WithSummary("List the ids and versions of what falls in a period, for a report run");
        // Decision symbols contain '/', hence the catch-all segment.
        group.MapGet("/{kind}/{**id}", ItemAsync).WithName($"{operationPrefix}get-contribution-item")
            .WithSummary("Get one contribution item as the snapshot its event carries");
        return group;
    }

    private static async Task<Results<Ok<ContributionManifest>, ValidationProblem>> ManifestAsync(
        IContributionSource source, ServiceIdentity service, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        if (errors.Period(from, to) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var items = await source.ManifestAsync(period.From, period.To, cancellationToken);
        return TypedResults.Ok(new ContributionManifest { Source = service.Name, From = period.From, To = period.To, Items = items });
    }

    private static async Task<Results<Ok<ContributionItem>, NotFound>> ItemAsync(
        string kind, string id, IContributionSource source, CancellationToken cancellationToken) =>
        await source.ItemAsync(kind, Uri.UnescapeDataString(id), cancellationToken) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.NotFound();
}

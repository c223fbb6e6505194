using Platform.Contracts.Contributions;
using Platform.Conventions.AssistanceRequests;
using Platform.Conventions.Decisions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Contributions;

namespace Platform.Conventions.Contributions;

/// <summary>
/// What a convention service contributes to a report (served at
/// <c>/api/{convention}/contributions</c>): every imported decision, and the activities and
/// assistance requests of the period, each item as the snapshot its events carry.
/// </summary>
internal sealed class ConventionContributions(ConventionDbContext db, ServiceIdentity service) : IContributionSource
{
    public async Task<IReadOnlyList<ContributionEntry>> ManifestAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await ContributionManifestQuery.ItemsAsync(db, from, to, cancellationToken);

    public async Task<ContributionItem?> ItemAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var guid = Guid.TryParse(id, out var parsed) ? parsed : (Guid?)null;
        switch (kind)
        {
            case ContributionKinds.Activity when guid is not null
                && await db.Activities.AsNoTracking().Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == guid, cancellationToken) is { } activity:
                return ContributionSnapshots.Item(service.Name, kind, id, activity.Version, ActivityEvents.Snapshot(activity));
            case ContributionKinds.AssistanceRequest when guid is not null
                && await db.AssistanceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == guid, cancellationToken) is { } request:
                return ContributionSnapshots.Item(service.Name, kind, id, request.Version, AssistanceRequestEvents.Snapshot(request));
            case ContributionKinds.Decision
                when await db.Decisions.AsNoTracking().Include(d => d.Mandates).FirstOrDefaultAsync(d => d.Symbol == id, cancellationToken) is { } decision:
                return ContributionSnapshots.Item(service.Name, kind, id, ContributionKinds.DecisionVersion, DecisionEvents.Imported(decision, service.Name));
            default:
                return null;
        }
    }
}

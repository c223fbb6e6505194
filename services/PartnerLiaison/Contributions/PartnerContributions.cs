using PartnerLiaison.Coalitions;
using PartnerLiaison.Engagements;
using PartnerLiaison.Memberships;
using PartnerLiaison.Transmissions;
using Platform.Contracts.Contributions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Contributions;

namespace PartnerLiaison.Contributions;

/// <summary>
/// What the partner-liaison service contributes to a report (served at
/// <c>/api/partners/contributions</c>): the directory, coalitions, and the memberships,
/// engagements and transmissions of the period, each item as the snapshot its events carry
/// (built by the same code).
/// </summary>
internal sealed class PartnerContributions(PartnerLiaisonDbContext db, ServiceIdentity service) : IContributionSource
{
    public const string Route = "/api/partners/contributions";

    public async Task<IReadOnlyList<ContributionEntry>> ManifestAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await ContributionManifestQuery.ItemsAsync(db, from, to, cancellationToken);

    public async Task<ContributionItem?> ItemAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var guid = Guid.TryParse(id, out var parsed) ? parsed : (Guid?)null;
        switch (kind)
        {
            case ContributionKinds.Partner when await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation:
                return ContributionSnapshots.Item(service.Name, kind, id, organisation.Version, OrganisationRegistry.Snapshot(organisation));
            case ContributionKinds.Coalition when await db.Coalitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } coalition
                && await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == coalition.Id, cancellationToken) is { } entry:
                return ContributionSnapshots.Item(service.Name, kind, id, coalition.Version, CoalitionEvents.Snapshot(coalition, entry));
            case ContributionKinds.Membership when guid is not null && await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == guid, cancellationToken) is { } membership:
                return ContributionSnapshots.Item(service.Name, kind, id, membership.Version, MembershipEvents.Snapshot(membership));
            case ContributionKinds.Engagement when guid is not null && await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == guid, cancellationToken) is { } engagement:
                return ContributionSnapshots.Item(service.Name, kind, id, engagement.Version, EngagementEvents.Snapshot(engagement));
            case ContributionKinds.Transmission when guid is not null && await db.Transmissions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == guid, cancellationToken) is { } transmission:
                return ContributionSnapshots.Item(service.Name, kind, id, transmission.Version, TransmissionEvents.Snapshot(transmission));
            default:
                return null;
        }
    }
}

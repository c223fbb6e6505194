using Platform.Contracts.Activities;
using Platform.Contracts.AssistanceRequests;
using Platform.Contracts.Contributions;
using Platform.Contracts.Decisions;
using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.ReadModel.Decisions;
using Reporting.ReadModel.Partners;

namespace Reporting.Reports.Runs;

/// <summary>
/// The contribution kinds the read model holds, what version of each it holds, and how a fetched
/// item is applied: through the same code its event goes through. The read model keeps every
/// kind of <see cref="ContributionKinds"/>, so every one can be repaired.
/// </summary>
public static class ContributionStates
{
    /// <summary>The version the read model holds of the item; null when it holds none (or the kind is unknown).</summary>
    public static async Task<int?> HeldVersionAsync(ReportingDbContext db, string kind, string id, CancellationToken cancellationToken)
    {
        var guid = Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty;
        return kind switch
        {
            ContributionKinds.Activity => await db.Activities.Where(a => a.ActivityId == guid).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.AssistanceRequest => await db.AssistanceRequests.Where(r => r.RequestId == guid).Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.Decision => await db.Decisions.AnyAsync(d => d.Symbol == id, cancellationToken) ? ContributionKinds.DecisionVersion : null,
            ContributionKinds.Partner => await db.Partners.Where(p => p.PartnerId == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.Membership => await db.Memberships.Where(m => m.MembershipId == guid).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.Coalition => await db.Coalitions.Where(c => c.CoalitionId == id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.Engagement => await db.Engagements.Where(e => e.EngagementId == guid).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken),
            ContributionKinds.Transmission => await db.Transmissions.Where(t => t.TransmissionId == guid).Select(t => (int?)t.Version).FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
    }

    /// <summary>The activities of <paramref name="convention"/> the read model counts in the period.</summary>
    public static async Task<List<string>> HeldActivityIdsAsync(
        ReportingDbContext db, string convention, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.Activities.AsNoTracking()
            .Where(a => a.Convention == convention && !a.Withdrawn && a.Start <= to && (a.End ?? a.Start) >= from)
            .Select(a => a.ActivityId)
            .ToListAsync(cancellationToken))
        .Select(id => id.ToString())
        .ToList();

    /// <summary>Applies a fetched item as its event would be, at <paramref name="takenAt"/>; true when it changed the read model.</summary>
    /// <exception cref="System.Text.Json.JsonException">The item's state is not the snapshot its kind carries.</exception>
    public static Task<bool> ApplyAsync(ReportingDbContext db, ContributionItem item, DateTime takenAt, CancellationToken cancellationToken) =>
        ContributionSnapshots.Decode(item) switch
        {
            ActivitySnapshot activity => ActivityRecords.ApplyAsync(db, activity, Guid.Empty, takenAt, cancellationToken),
            AssistanceRequestSnapshot request => AssistanceRecords.ApplyAsync(db, request, Guid.Empty, cancellationToken),
            DecisionImported decision => DecisionRecords.ApplyAsync(db, decision, Guid.Empty, cancellationToken),
            PartnerSnapshot partner => PartnerRecords.ApplyAsync(db, partner, Guid.Empty, cancellationToken),
            MembershipSnapshot membership => MembershipRecords.ApplyAsync(db, membership, Guid.Empty, cancellationToken),
            CoalitionSnapshot coalition => CoalitionRecords.ApplyAsync(db, coalition, Guid.Empty, cancellationToken),
            EngagementSnapshot engagement => EngagementRecords.ApplyAsync(db, engagement, Guid.Empty, cancellationToken),
            TransmissionSnapshot transmission => TransmissionRecords.ApplyAsync(db, transmission, Guid.Empty, cancellationToken),
            _ => Task.FromResult(false),
        };
}

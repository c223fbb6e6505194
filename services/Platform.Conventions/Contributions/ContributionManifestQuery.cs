using Platform.Contracts.Contributions;
using Platform.Conventions.AssistanceRequests;

namespace Platform.Conventions.Contributions;

/// <summary>
/// Which records fall in a period: every imported decision (a report covers decisions whatever
/// their date), activities not withdrawn whose dates overlap the period, and assistance requests
/// received or closed in the period or open during it.
/// </summary>
public static class ContributionManifestQuery
{
    public static async Task<List<ContributionEntry>> ItemsAsync(
        ConventionDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var items = new List<ContributionEntry>();

        items.AddRange((await db.Decisions.AsNoTracking().Select(d => d.Symbol).ToListAsync(cancellationToken))
            .Select(symbol => new ContributionEntry { Kind = ContributionKinds.Decision, Id = symbol, Version = ContributionKinds.DecisionVersion }));

        items.AddRange((await db.Activities.AsNoTracking()
                .Where(a => !a.Withdrawn && a.Start <= to && (a.End ?? a.Start) >= from)
                .Select(a => new { a.Id, a.Version })
                .ToListAsync(cancellationToken))
            .Select(a => new ContributionEntry { Kind = ContributionKinds.Activity, Id = a.Id.ToString(), Version = a.Version }));

        items.AddRange((await db.AssistanceRequests.AsNoTracking()
                .Where(r => r.ReceivedOn <= to && (r.Status != AssistanceRequestStatus.Closed || r.ClosedOn == null || r.ClosedOn >= from))
                .Select(r => new { r.Id, r.Version })
                .ToListAsync(cancellationToken))
            .Select(r => new ContributionEntry { Kind = ContributionKinds.AssistanceRequest, Id = r.Id.ToString(), Version = r.Version }));

        var kindOrder = ContributionKinds.Convention.ToList();
        return items
            .OrderBy(item => kindOrder.IndexOf(item.Kind))
            .ThenBy(item => item.Id, StringComparer.Ordinal)
            .ToList();
    }
}

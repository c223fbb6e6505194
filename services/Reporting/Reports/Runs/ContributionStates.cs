using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Activities;
using Platform.Contracts.AssistanceRequests;
using Platform.Contracts.Decisions;
using Platform.Contracts.Partners;
using Reporting.Activities;
using Reporting.AssistanceRequests;
using Reporting.Decisions;
using Reporting.Partners;
using Reporting.Persistence;

namespace Reporting.Reports.Runs;

/// <summary>
/// The contribution kinds the read model holds, what version of each it holds, and how a fetched
/// item is applied: through the same code its event goes through. Kinds the read model does not
/// keep (coalitions, transmissions) are counted but not fetched.
/// </summary>
public static class ContributionStates
{
    public const string Activity = "activity";
    public const string AssistanceRequest = "assistance-request";
    public const string Decision = "decision";
    public const string Partner = "partner";
    public const string Membership = "membership";
    public const string Engagement = "engagement";

    public static bool IsApplied(string kind) => kind is Activity or AssistanceRequest or Decision or Partner or Membership or Engagement;

    public static async Task<int?> HeldVersionAsync(ReportingDbContext db, string kind, string id, CancellationToken cancellationToken)
    {
        var guid = Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty;
        return kind switch
        {
            Activity => await db.Activities.Where(a => a.ActivityId == guid).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken),
            AssistanceRequest => await db.AssistanceRequests.Where(r => r.RequestId == guid).Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellationToken),
            Decision => await db.Decisions.AnyAsync(d => d.Symbol == id, cancellationToken) ? 1 : null,
            Partner => await db.Partners.Where(p => p.PartnerId == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken),
            Membership => await db.Memberships.Where(m => m.MembershipId == guid).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken),
            Engagement => await db.Engagements.Where(e => e.EngagementId == guid).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken),
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

    /// <summary>Applies a fetched item as its event would be; true when it changed the read model.</summary>
    public static Task<bool> ApplyAsync(ReportingDbContext db, ContributionItem item, CancellationToken cancellationToken) => item.Kind switch
    {
        Activity => ActivityRecords.ApplyAsync(db, State<ActivitySnapshot>(item), Guid.Empty, cancellationToken),
        AssistanceRequest => AssistanceRecords.ApplyAsync(db, State<AssistanceRequestSnapshot>(item), Guid.Empty, cancellationToken),
        Decision => DecisionRecords.ApplyAsync(db, State<DecisionImported>(item), Guid.Empty, cancellationToken),
        Partner => PartnerRecords.ApplyAsync(db, State<PartnerSnapshot>(item), Guid.Empty, cancellationToken),
        Membership => PartnerWorkApplier.ApplyAsync(db, State<MembershipSnapshot>(item), Guid.Empty, cancellationToken),
        Engagement => PartnerWorkApplier.ApplyAsync(db, State<EngagementSnapshot>(item), Guid.Empty, cancellationToken),
        _ => Task.FromResult(false),
    };

    private static T State<T>(ContributionItem item) =>
        item.State.Deserialize<T>(JsonSerializerOptions.Web)
        ?? throw new JsonException($"The {item.Kind} {item.Id} came without a state.");
}

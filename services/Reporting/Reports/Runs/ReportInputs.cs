using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.ReadModel.Decisions;
using Reporting.ReadModel.Partners;

namespace Reporting.Reports.Runs;

/// <summary>What a report is compiled from: the read model's part that concerns one run.</summary>
public sealed record ReportInputs(
    IReadOnlyList<ActivityRecord> Activities,
    IReadOnlyList<DecisionRecord> Decisions,
    IReadOnlySet<string> SupersededReferences,
    IReadOnlyList<AssistanceRecord> Assistance,
    IReadOnlyDictionary<string, string> PartnerNames)
{
    public static async Task<ReportInputs> LoadAsync(ReportingDbContext db, ReportRun run, CancellationToken cancellationToken)
    {
        var from = run.From;
        var to = run.To;
        var activities = await db.Activities.AsNoTracking()
            .Where(a => !a.Withdrawn && a.Start <= to && (a.End ?? a.Start) >= from)
            .OrderBy(a => a.Start).ThenBy(a => a.ActivityId)
            .ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Include(d => d.Mandates)
            .Where(d => run.Decisions.Contains(d.Symbol))
            .ToListAsync(cancellationToken);
        var superseded = await db.SupersededMandates.AsNoTracking().Select(s => s.Reference).ToListAsync(cancellationToken);
        var assistance = await db.AssistanceRequests.AsNoTracking()
            .Where(r => r.ReceivedOn <= to && (r.ClosedOn == null || r.ClosedOn >= from))
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.RequestId)
            .ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.PartnerId, p => p.Name, cancellationToken);
        return new ReportInputs(activities, decisions, superseded.ToHashSet(StringComparer.Ordinal), assistance, partners);
    }
}

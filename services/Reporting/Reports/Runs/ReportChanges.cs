namespace Reporting.Reports.Runs;

/// <summary>What changed in the activities of a report since an earlier run: added, changed (another version) or removed.</summary>
public sealed record ReportChanges(
    Guid Run,
    Guid Since,
    IReadOnlyList<ActivityChange> Added,
    IReadOnlyList<ActivityChange> Changed,
    IReadOnlyList<ActivityChange> Removed)
{
    public static ReportChanges Between(ConsolidatedReport earlier, ConsolidatedReport current)
    {
        var before = earlier.Activities.ToDictionary(a => a.Id);
        var after = current.Activities.ToDictionary(a => a.Id);
        return new ReportChanges(
            current.RunId,
            earlier.RunId,
            current.Activities.Where(a => !before.ContainsKey(a.Id)).Select(a => ActivityChange.Of(null, a)).ToList(),
            current.Activities.Where(a => before.TryGetValue(a.Id, out var old) && old.Source.Version != a.Source.Version)
                .Select(a => ActivityChange.Of(before[a.Id], a)).ToList(),
            earlier.Activities.Where(a => !after.ContainsKey(a.Id)).Select(a => ActivityChange.Of(a, null)).ToList());
    }
}

public sealed record ActivityChange(Guid Id, string Title, string Convention, int? VersionBefore, int? VersionAfter)
{
    public static ActivityChange Of(ReportActivity? before, ReportActivity? after)
    {
        var activity = after ?? before!;
        return new ActivityChange(activity.Id, activity.Title, activity.Source.Service, before?.Source.Version, after?.Source.Version);
    }
}

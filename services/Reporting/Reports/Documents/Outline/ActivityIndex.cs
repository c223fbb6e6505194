namespace Reporting.Reports.Documents.Outline;

/// <summary>The report's activities by id, so sections that list ids can show the activity.</summary>
internal sealed class ActivityIndex(IReadOnlyList<ReportActivity> activities)
{
    private readonly Dictionary<Guid, ReportActivity> byId = activities
        .GroupBy(a => a.Id)
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>One list line per id; an id the report does not hold is still shown, not dropped.</summary>
    public IReadOnlyList<string> Lines(IEnumerable<Guid> ids) =>
        [.. ids.Select(id => byId.TryGetValue(id, out var activity) ? ReportWording.ActivityLine(activity) : $"Activity {id}")];
}

namespace Reporting.Reports.Documents.Outline;

/// <summary>The activities of the period: by partner organisation, then each once in one table.</summary>
internal static class ActivitySections
{
    public static IEnumerable<ReportBlock> ByPartner(ConsolidatedReport report, ActivityIndex activities)
    {
        yield return new Heading(2, "Activities by partner organisation");
        foreach (var group in report.ActivitiesByPartner)
        {
            yield return new Heading(3, group.PartnerName);
            yield return new BulletList(activities.Lines(group.ActivityIds));
        }

        // An activity carried out by the Secretariat alone belongs to no partner group; it is
        // listed here so this section still accounts for every activity.
        var grouped = report.ActivitiesByPartner.SelectMany(g => g.ActivityIds).ToHashSet();
        var alone = report.Activities.Where(a => !grouped.Contains(a.Id)).ToList();
        if (alone.Count > 0)
        {
            yield return new Heading(3, "No partner organisation");
            yield return new BulletList([.. alone.Select(ReportWording.ActivityLine)]);
        }
    }

    public static IEnumerable<ReportBlock> AllActivities(ConsolidatedReport report)
    {
        yield return new Heading(2, "Activities of the period");
        yield return new Paragraph(
            "Each activity once, a joint activity with every convention that takes part (lead first), "
            + "and the record it was reported from.");
        yield return new Table(
            ["Activity", "Conventions", "Partners", "Mandates", "Type", "Status", "Dates", "Source"],
            [.. report.Activities.Select(Row)],
            [17, 12, 11, 11, 10, 9, 10, 20]);
    }

    private static TableRow Row(ReportActivity activity) => new(
    [
        activity.Title,
        ReportWording.List(activity.Conventions),
        ReportWording.List(activity.Partners),
        ReportWording.List(activity.Mandates),
        activity.Type,
        activity.Status,
        ReportWording.Dates(activity.Start, activity.End),
        ReportWording.Source(activity.Source),
    ]);
}

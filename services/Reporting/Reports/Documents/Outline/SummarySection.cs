namespace Reporting.Reports.Documents.Outline;

/// <summary>The summary figures, a chart of activities per convention, and the count tables.</summary>
internal static class SummarySection
{
    public static IEnumerable<ReportBlock> Build(ConsolidatedReport report)
    {
        var summary = report.Summary;
        return
        [
            new Heading(2, "Summary figures"),
            new Table(
                ["Figure", "Count"],
                [
                    Figure("Activities in the period", summary.Activities),
                    Figure("Joint activities", summary.JointActivities),
                    Figure("Mandates without activity", summary.FlaggedMandates),
                    Figure("Party assistance requests", summary.AssistanceRequests),
                ],
                [70, 30]),
            Chart(summary.ActivitiesPerConvention),
            .. Counts("Activities per convention", "Convention", summary.ActivitiesPerConvention),
            .. Counts("Activities per partner organisation", "Partner", summary.ActivitiesPerPartner),
            .. Counts("Activities per type", "Type", summary.ActivitiesPerType),
            .. Counts("Activities per status", "Status", summary.ActivitiesPerStatus),
        ];
    }

    private static ReportBlock Chart(IReadOnlyList<ReportCount> perConvention) =>
        perConvention.Count == 0
            ? new Paragraph("No activity in the period to chart.")
            : new BarChart("Activities per convention", "Activities", [.. perConvention.Select(c => new Bar(c.Label, c.Count))]);

    private static TableRow Figure(string name, int count) => new([name, ReportWording.Count(count)]);

    private static ReportBlock[] Counts(string title, string label, IReadOnlyList<ReportCount> counts) =>
    [
        new Heading(3, title),
        new Table([label, "Activities"], [.. counts.Select(c => Figure(c.Label, c.Count))], [70, 30]),
    ];
}

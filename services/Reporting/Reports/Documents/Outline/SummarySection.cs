using Reporting.Reports.Documents.Prose;

namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// The summary figures: the totals, a chart of activities per convention, the count tables and
/// every mandate with the number of activities that served it (a mandate none served is flagged).
/// </summary>
internal static class SummarySection
{
    public static IEnumerable<ReportBlock> Build(ConsolidatedReport report, ProseWording wording)
    {
        var strings = wording.Strings;
        var summary = report.Summary;
        // The compiler names the group of activities with no partner; the document says it in its language.
        var alone = report.ActivitiesByPartner.FirstOrDefault(group => group.PartnerId.Length == 0)?.PartnerName;
        return
        [
            new Table(
                [strings["TableFigure"], strings["TableNumber"]],
                [
                    Figure(strings["FigureActivities"], summary.Activities, wording),
                    Figure(strings["FigureJoint"], summary.JointActivities, wording),
                    Figure(strings["FigureWithoutActivity"], summary.FlaggedMandates, wording),
                    Figure(strings["FigureAssistance"], summary.AssistanceRequests, wording),
                ],
                [70, 30]),
            summary.ActivitiesPerConvention.Count == 0
                ? new Paragraph(strings["ChartEmpty"])
                : new BarChart(strings["ChartTitle"], strings["ChartAxis"],
                    [.. summary.ActivitiesPerConvention.Select(c => new Bar(ConventionLabel(c.Label, wording), c.Count))]),
            .. Counts(strings["CountsPerConvention"], strings["ColumnConvention"], summary.ActivitiesPerConvention, label => ConventionLabel(label, wording), wording),
            .. Counts(strings["CountsPerPartner"], strings["ColumnPartner"], summary.ActivitiesPerPartner, label => label == alone ? strings["PartnerNone"] : label, wording),
            .. Counts(strings["CountsPerType"], strings["ColumnType"], summary.ActivitiesPerType, label => wording.Label("TypeLabel", label), wording),
            .. Counts(strings["CountsPerStatus"], strings["ColumnStatus"], summary.ActivitiesPerStatus, label => wording.Label("StatusLabel", label), wording),
            new Heading(3, strings["CoverageTitle"]),
            new Table(
                [strings["ColumnMandate"], strings["ColumnActivities"], ""],
                [.. report.MandateCoverage.Select(coverage => new TableRow(
                    [
                        // The references as the decisions write them, the same in every language.
                        string.Join(", ", coverage.References.Count > 0 ? coverage.References : [coverage.Key]),
                        wording.Number(coverage.ActivityCount),
                        coverage.Flagged ? strings["NoActivityFlag"] : "",
                    ],
                    coverage.Flagged))],
                [60, 20, 20]),
        ];
    }

    private static string ConventionLabel(string convention, ProseWording wording) => wording.Label("ConventionLabel", convention);

    private static TableRow Figure(string name, int count, ProseWording wording) => new([name, wording.Number(count)]);

    private static ReportBlock[] Counts(
        string title, string column, IReadOnlyList<ReportCount> counts, Func<string, string> label, ProseWording wording) =>
    [
        new Heading(3, title),
        new Table([column, wording.Strings["ColumnActivities"]], [.. counts.Select(c => Figure(label(c.Label), c.Count, wording))], [70, 30]),
    ];
}

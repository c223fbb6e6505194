namespace Reporting.Reports.Documents.Outline;

/// <summary>The mandates of the decisions covered, with their activities, and the coverage table.</summary>
internal static class MandateSections
{
    public static IEnumerable<ReportBlock> Mandates(ConsolidatedReport report, ActivityIndex activities)
    {
        yield return new Heading(2, "Mandates of the decisions covered");
        if (report.Mandates.Count == 0)
        {
            yield return new Paragraph("The decisions covered give the Secretariat no mandate.");
            yield break;
        }

        foreach (var mandate in report.Mandates)
        {
            yield return new Heading(3, Name(mandate.Key, mandate.References));
            yield return new Paragraph(mandate.Text);
            yield return new Paragraph(mandate.Kind, "Kind");
            if (mandate.Conditions.Count > 0)
            {
                yield return new Paragraph(ReportWording.List(mandate.Conditions), "Conditions");
            }

            if (mandate.ReportBack is { Length: > 0 } reportBack)
            {
                yield return new Paragraph(reportBack, "Report back");
            }

            if (mandate.ActivityIds.Count == 0)
            {
                yield return new Paragraph($"{ReportWording.NoActivity} in the period.", "Activities");
            }
            else
            {
                yield return new Paragraph(ReportWording.Count(mandate.ActivityIds.Count), "Activities");
                yield return new BulletList(activities.Lines(mandate.ActivityIds));
            }
        }
    }

    public static IEnumerable<ReportBlock> Coverage(ConsolidatedReport report)
    {
        yield return new Heading(2, "Mandate coverage");
        yield return new Paragraph(
            "Every Secretariat mandate of the decisions covered, with the number of activities of the period "
            + $"that serve it. A mandate that no activity serves is flagged \"{ReportWording.NoActivity}\".");
        yield return new Table(
            ["Mandate", "Kind", "Text", "Activities", "Flag"],
            [.. report.MandateCoverage.Select(Row)],
            [22, 11, 45, 10, 12]);
    }

    private static TableRow Row(MandateCoverage coverage) => new(
        [
            Name(coverage.Key, coverage.References),
            coverage.Kind,
            coverage.Text,
            ReportWording.Count(coverage.ActivityCount),
            coverage.Flagged ? ReportWording.NoActivity : "",
        ],
        coverage.Flagged);

    private static string Name(string key, IReadOnlyList<string> references) =>
        references.Count == 0 ? key : string.Join(", ", references);
}

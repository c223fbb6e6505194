namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// Lays a compiled report out as the blocks every document shows, in the order a reader of the
/// joint information document expects them. Every text it takes from the report passes
/// <see cref="DocumentText"/>, so no format meets a character it cannot carry.
/// </summary>
internal static class ReportOutline
{
    public static DocumentOutline Build(ReportEdition edition)
    {
        var report = edition.Report;
        var activities = new ActivityIndex(report.Activities);
        ReportBlock[] blocks =
        [
            .. FrontMatter(report),
            .. Sections(edition),
            .. MandateSections.Mandates(report, activities),
            .. ActivitySections.ByPartner(report, activities),
            .. ActivitySections.AllActivities(report),
            .. MandateSections.Coverage(report),
            .. AssistanceSection.Build(report),
            .. SummarySection.Build(report),
        ];
        return new DocumentOutline(DocumentText.Of(report.Title), DocumentText.Of(report.Symbol), [.. blocks.Select(DocumentText.Of)]);
    }

    private static IEnumerable<ReportBlock> Sections(ReportEdition edition)
    {
        foreach (var section in ReportSections.Compose(edition.Report, edition.Language))
        {
            yield return new Heading(2, section.Title);
            var text = edition.EditedSections.GetValueOrDefault(section.Id) ?? section.Text;
            foreach (var paragraph in ReportSections.Paragraphs(text))
            {
                yield return new Paragraph(paragraph);
            }
        }
    }

    private static IEnumerable<ReportBlock> FrontMatter(ConsolidatedReport report)
    {
        yield return new Heading(1, report.Title);
        yield return new Paragraph(report.Symbol, "Document symbol");
        yield return new Paragraph(ReportWording.Period(report.From, report.To), "Period");
        yield return new Paragraph(report.Status, "Status");
        if (report.MissingSources.Count > 0)
        {
            yield return new Notice(
                $"Partial report: no answer from {ReportWording.List(report.MissingSources)} before the deadline. "
                + "What those sources hold for the period may be missing from this report.");
        }

        yield return new Paragraph(ReportWording.List(report.Decisions), "Decisions covered");
        yield return new Paragraph(ReportWording.Instant(report.CompiledAt), "Compiled");
    }
}

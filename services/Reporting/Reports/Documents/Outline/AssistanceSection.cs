namespace Reporting.Reports.Documents.Outline;

/// <summary>The Party assistance requests handled in the period.</summary>
internal static class AssistanceSection
{
    public static IEnumerable<ReportBlock> Build(ConsolidatedReport report)
    {
        yield return new Heading(2, "Party assistance requests handled");
        if (report.Assistance.Count == 0)
        {
            yield return new Paragraph("No Party assistance request was handled in the period.");
            yield break;
        }

        yield return new Table(
            ["Party", "Convention", "Subject", "Status", "Received and closed", "Outcome", "Mandate", "Source"],
            [.. report.Assistance.Select(Row)],
            [11, 11, 14, 9, 10, 13, 10, 22]);
    }

    private static TableRow Row(ReportAssistance request) => new(
    [
        request.Party,
        request.Convention,
        request.Subject,
        request.Status,
        ReportWording.Dates(request.ReceivedOn, request.ClosedOn),
        request.Outcome ?? "",
        request.Mandate ?? "",
        ReportWording.Source(request.Source),
    ]);
}

using Reporting.Reports.Documents.Prose;

namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// "Sources of the information in the present report": each activity and assistance request
/// with the service, record id, version and message it was reported from. Traceability lives
/// here, and in the JSON, so the prose reads as prose.
/// </summary>
internal static class SourcesSection
{
    public static IEnumerable<ReportBlock> Build(ConsolidatedReport report, ProseWording wording)
    {
        var strings = wording.Strings;
        yield return new Heading(2, strings["HeadingSources"]);
        yield return new Paragraph(strings["SourcesIntroduction"]);
        yield return new Table(
            [strings["ColumnItem"], strings["ColumnService"], strings["ColumnRecord"], strings["ColumnVersion"], strings["ColumnMessage"]],
            [
                .. report.Activities.Select(a => Row(a.Title, a.Source, wording)),
                .. report.Assistance.Select(r => Row($"{r.Party}: {r.Subject}", r.Source, wording)),
            ],
            [26, 12, 24, 8, 30]);
    }

    private static TableRow Row(string item, ReportSource source, ProseWording wording) => new(
    [
        item,
        source.Service,
        source.Id,
        wording.Number(source.Version),
        source.MessageId is { } message ? message.ToString() : wording.Strings["MessageNotRecorded"],
    ]);
}

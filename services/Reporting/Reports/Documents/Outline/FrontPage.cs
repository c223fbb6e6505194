using System.Text.RegularExpressions;
using Reporting.Reports.Documents.Prose;

namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// The first page: the cover block and the note by the Secretariat that circulates the annex.
/// Every fixed sentence is the language's; the venue and agenda title stay as entered.
/// </summary>
internal static partial class FrontPage
{
    public static IEnumerable<ReportBlock> Build(ReportEdition edition, ProseWording wording, IReadOnlyList<string> symbols, string title)
    {
        var report = edition.Report;
        var strings = wording.Strings;
        var agendas = DocumentSymbols.ProvisionalAgendas(report.Symbol);
        yield return new Cover(
            symbols,
            strings["DistributionGeneral"],
            wording.Date(DateOnly.FromDateTime(report.CompiledAt.UtcDateTime)),
            strings["LanguageLine"],
            edition.IsDraft ? strings["Draft"] : null,
            [.. Meetings(report).Select(m => Meeting(m.Convention, m.Meeting, wording))],
            report.AgendaItem is { } item ? strings.Format("AgendaItem", item.Number) : null,
            report.AgendaItem?.Title,
            report.AgendaItem is null ? null : strings.Format("AgendaFootnote", wording.List(agendas)),
            title);

        if (edition.IsDraft)
        {
            yield return new Notice(strings["DraftNotice"]);
        }

        yield return new Heading(1, strings["NoteBySecretariat"]);
        var number = 0;
        yield return new NumberedParagraph(++number, strings.Format(
            "NoteOpening", wording.Decisions(report.Decisions), wording.Date(report.From), wording.Date(report.To)));
        yield return new NumberedParagraph(++number, strings["NoteAsEntered"]);
        if (!edition.Language.Equals(ReportLanguages.English))
        {
            yield return new NumberedParagraph(++number, strings["UnofficialRendering"]);
        }

        yield return new NumberedParagraph(++number, strings["NoteNotEdited"]);
    }

    private static CoverMeeting Meeting(string convention, ReportMeeting meeting, ProseWording wording)
    {
        var strings = wording.Strings;
        var dates = meeting.From is { } from && meeting.To is { } to ? wording.DateRange(from, to) : null;
        var place = (meeting.Venue, dates) switch
        {
            ({ } venue, { } when) => strings.Format("MeetingVenueDates", venue, when),
            ({ } venue, null) => venue,
            (null, { } when) => when,
            _ => null,
        };
        return new CoverMeeting(
            strings[$"Cop_{convention}"],
            strings.Find($"Meeting_{meeting.Number.ToString(CultureInfo.InvariantCulture)}") ?? strings.Format("MeetingNumbered", wording.Number(meeting.Number)),
            place);
    }

    // A report compiled before meetings were kept whole still has their numbers in its symbol.
    private static IEnumerable<(string Convention, ReportMeeting Meeting)> Meetings(ConsolidatedReport report)
    {
        if (report.Meetings is { } meetings)
        {
            return meetings.InOrder();
        }

        string[] conventions = ["basel", "rotterdam", "stockholm"];
        return MeetingNumber().Matches(report.Symbol).Take(conventions.Length)
            .Select((match, i) => (conventions[i], new ReportMeeting(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))));
    }

    [GeneratedRegex(@"\.(\d{1,2})/INF/")]
    private static partial Regex MeetingNumber();
}

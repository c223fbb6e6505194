using Platform.ServiceDefaults.Text;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Documents;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>POST /api/reports</c>: <c>{"kind": "international-cooperation", "from": "2019-05-11", "to": "2021-07-31",
/// "decisions": ["BC-14/21", "RC-9/9", "SC-9/18"], "meetings": {"basel": {"number": 15, "venue": "Geneva",
/// "from": "2021-07-26", "to": "2021-07-30"}, "rotterdam": 10, "stockholm": 10}}</c> (a meeting is its number
/// or an object), and optionally <c>agendaItem</c>, <c>documentNumbers</c> (<c>{"basel": 36, "rotterdam": 29,
/// "stockholm": 38}</c>) and <c>deadlineSeconds</c>, how long the sources are waited for.
/// </summary>
public sealed record ReportRunRequest(
    string? Kind,
    string? From,
    string? To,
    IReadOnlyList<string>? Decisions,
    IReadOnlyDictionary<string, MeetingRequest?>? Meetings,
    int? DeadlineSeconds,
    AgendaItemRequest? AgendaItem = null,
    DocumentNumbersRequest? DocumentNumbers = null)
{
    public const string InternationalCooperation = "international-cooperation";
    public const int MaxDeadlineSeconds = 600;
    public const int MaxDecisions = 30;
    public const int MaxVenueLength = 100;
    public const int MaxAgendaItemLength = 20;
    public const int MaxAgendaTitleLength = 300;

    public static IReadOnlyList<string> Conventions { get; } = ["basel", "rotterdam", "stockholm"];

    public ValidReportRunRequest? Validate(ValidationErrors errors)
    {
        if (Kind != InternationalCooperation)
        {
            errors.Add("kind", $"'kind' must be '{InternationalCooperation}'.");
        }

        var period = errors.Period(From, To);

        var decisions = (Decisions ?? []).Select(d => d?.Trim() ?? "").ToList();
        if (decisions.Count == 0 || decisions.Count > MaxDecisions)
        {
            errors.Add("decisions", $"Name between 1 and {MaxDecisions} decisions, e.g. [\"BC-14/21\", \"RC-9/9\", \"SC-9/18\"].");
        }
        else if (decisions.Any(d => d.Length is 0 or > 40 || d.Contains(' ', StringComparison.Ordinal)
                     || PlatformText.FindSingleLineFault(d) is not null || !PlatformText.HasVisibleCharacter(d)))
        {
            errors.Add("decisions", "Each decision is a symbol such as 'BC-14/21'.");
        }

        var meetings = Conventions.Select(convention => ValidMeeting(errors, convention)).ToList();
        var agenda = ValidAgendaItem(errors);
        var numbers = DocumentNumbers is null ? Documents.DocumentNumbers.None : DocumentNumbers.Validate(errors, "documentNumbers.");

        if (DeadlineSeconds is < 1 or > MaxDeadlineSeconds)
        {
            errors.Add("deadlineSeconds", $"'deadlineSeconds' must be between 1 and {MaxDeadlineSeconds}.");
        }

        return errors.IsEmpty && period is { } valid && meetings is [{ } basel, { } rotterdam, { } stockholm] && numbers is not null
            ? new ValidReportRunRequest(Kind!, valid.From, valid.To, decisions.Distinct(StringComparer.Ordinal).ToList(),
                new ReportMeetings(basel, rotterdam, stockholm), agenda, numbers,
                DeadlineSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null)
            : null;
    }

    private ReportMeeting? ValidMeeting(ValidationErrors errors, string convention)
    {
        var field = $"meetings.{convention}";
        var meeting = Meetings?.GetValueOrDefault(convention);
        if (meeting is null || meeting.Malformed || meeting.Number is not (>= 1 and <= 99))
        {
            errors.Add(field,
                $"'{field}' must be the number (1 to 99) of the {convention} COP the report goes to, "
                + "or {\"number\": 15, \"venue\": \"Geneva\", \"from\": \"2021-07-26\", \"to\": \"2021-07-30\"}.");
            return null;
        }

        var venue = errors.SingleLine($"{field}.venue", meeting.Venue, MaxVenueLength);
        var from = errors.IsoDate($"{field}.from", meeting.From);
        var to = errors.IsoDate($"{field}.to", meeting.To);
        if ((meeting.From is null) != (meeting.To is null))
        {
            errors.Add(meeting.From is null ? $"{field}.from" : $"{field}.to", $"Give both '{field}.from' and '{field}.to', or neither.");
        }
        else if (from is { } first && to is { } last && last < first)
        {
            errors.Add($"{field}.to", $"'{field}.to' must not be before '{field}.from'.");
        }

        return new ReportMeeting(meeting.Number.Value, venue, from, to);
    }

    private ReportAgendaItem? ValidAgendaItem(ValidationErrors errors)
    {
        if (AgendaItem is null)
        {
            return null;
        }

        if (AgendaItem.Malformed)
        {
            errors.Add("agendaItem", "'agendaItem' is the item's number, \"4 (b)\", or {\"number\": \"4 (b)\", \"title\": \"…\"}.");
            return null;
        }

        var number = errors.SingleLine("agendaItem.number", AgendaItem.Number, MaxAgendaItemLength, required: true);
        var title = errors.SingleLine("agendaItem.title", AgendaItem.Title, MaxAgendaTitleLength);
        return number is null ? null : new ReportAgendaItem(number, title);
    }
}

public sealed record ValidReportRunRequest(
    string Kind, DateOnly From, DateOnly To, IReadOnlyList<string> Decisions,
    ReportMeetings Meetings, ReportAgendaItem? AgendaItem, DocumentNumbers DocumentNumbers, TimeSpan? Deadline);

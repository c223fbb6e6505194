using Platform.ServiceDefaults.Text;
using Platform.ServiceDefaults.Validation;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>POST /api/reports</c>: <c>{"kind": "international-cooperation", "from": "2019-05-11", "to": "2021-07-31",
/// "decisions": ["BC-14/21", "RC-9/9", "SC-9/18"], "meetings": {"basel": 15, "rotterdam": 10, "stockholm": 10}}</c>,
/// and optionally <c>deadlineSeconds</c>, how long the sources are waited for.
/// </summary>
public sealed record ReportRunRequest(
    string? Kind,
    string? From,
    string? To,
    IReadOnlyList<string>? Decisions,
    IReadOnlyDictionary<string, int>? Meetings,
    int? DeadlineSeconds)
{
    public const string InternationalCooperation = "international-cooperation";
    public const int MaxDeadlineSeconds = 600;
    public const int MaxDecisions = 30;

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

        foreach (var convention in Conventions)
        {
            if (Meetings is null || !Meetings.TryGetValue(convention, out var meeting) || meeting is < 1 or > 99)
            {
                errors.Add($"meetings.{convention}", $"'meetings.{convention}' must be the number (1 to 99) of the {convention} COP the report goes to.");
            }
        }

        if (DeadlineSeconds is < 1 or > MaxDeadlineSeconds)
        {
            errors.Add("deadlineSeconds", $"'deadlineSeconds' must be between 1 and {MaxDeadlineSeconds}.");
        }

        return errors.IsEmpty && period is { } valid
            ? new ValidReportRunRequest(Kind!, valid.From, valid.To, decisions.Distinct(StringComparer.Ordinal).ToList(),
                Meetings!["basel"], Meetings["rotterdam"], Meetings["stockholm"],
                DeadlineSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null)
            : null;
    }
}

public sealed record ValidReportRunRequest(
    string Kind, DateOnly From, DateOnly To, IReadOnlyList<string> Decisions,
    int BaselMeeting, int RotterdamMeeting, int StockholmMeeting, TimeSpan? Deadline);

namespace Reporting.Reports.Model;

/// <summary>
/// A compiled consolidated report: everything its documents (Word, HTML, Markdown, JSON) show,
/// and nothing they compute. Every activity and assistance line carries its source (service,
/// id, version and the message that brought it), so a reader can trace it back.
/// </summary>
public sealed record ConsolidatedReport(
    Guid RunId,
    string Kind,
    // The joint document symbol, parts joined by en dashes.
    string Symbol,
    string Title,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Decisions,
    // partial when a source did not answer in time, else completed.
    string Status,
    IReadOnlyList<string> MissingSources,
    IReadOnlyList<ReportMandate> Mandates,
    IReadOnlyList<ReportActivity> Activities,
    IReadOnlyList<PartnerGroup> ActivitiesByPartner,
    IReadOnlyList<MandateCoverage> MandateCoverage,
    IReadOnlyList<ReportAssistance> Assistance,
    ReportSummary Summary,
    DateTimeOffset CompiledAt,
    // The meetings the report goes to, with venue and dates where the compiler gave them; null
    // in reports compiled before the document named them (the symbol still holds the numbers).
    ReportMeetings? Meetings = null,
    ReportAgendaItem? AgendaItem = null);

/// <summary>The three COP meetings a joint report goes to.</summary>
public sealed record ReportMeetings(ReportMeeting Basel, ReportMeeting Rotterdam, ReportMeeting Stockholm)
{
    public IEnumerable<(string Convention, ReportMeeting Meeting)> InOrder()
    {
        yield return ("basel", Basel);
        yield return ("rotterdam", Rotterdam);
        yield return ("stockholm", Stockholm);
    }
}

/// <summary>A COP meeting: its number, and its venue and dates once known.</summary>
public sealed record ReportMeeting(int Number, string? Venue = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The item of the provisional agendas the report is submitted under (<c>4 (b)</c>), and its title as the agendas give it.</summary>
public sealed record ReportAgendaItem(string Number, string? Title);

/// <summary>Where a report line came from.</summary>
public sealed record ReportSource(string Service, string Id, int Version, Guid? MessageId);

/// <summary>One activity of the period, once, with every convention that takes part (lead first).</summary>
public sealed record ReportActivity(
    Guid Id,
    string Title,
    string Description,
    string Type,
    string Status,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<string> Partners,
    // Every mandate reference it serves, the lead's and those the joining conventions named.
    IReadOnlyList<string> Mandates,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Outputs,
    bool ResourceDependent,
    ReportSource Source);

/// <summary>
/// A mandate of the decisions covered. Identical decisions adopted by the three COPs make one
/// joint mandate with one reference per convention.
/// </summary>
public sealed record ReportMandate(
    string Key,
    IReadOnlyList<string> References,
    string Text,
    string Kind,
    IReadOnlyList<string> Conditions,
    string? ReportBack,
    IReadOnlyList<Guid> ActivityIds);

public sealed record PartnerGroup(string PartnerId, string PartnerName, IReadOnlyList<Guid> ActivityIds);

/// <summary>A row of the coverage table; <see cref="Flagged"/> when no activity of the period serves it.</summary>
public sealed record MandateCoverage(string Key, IReadOnlyList<string> References, string Kind, string Text, int ActivityCount, bool Flagged);

public sealed record ReportAssistance(
    Guid Id, string Convention, string Party, string Subject, string Status, DateOnly ReceivedOn, DateOnly? ClosedOn,
    string? Outcome, string? Mandate, ReportSource Source);

/// <summary>Summary figures; the documents draw their chart from <see cref="ActivitiesPerConvention"/> and the others.</summary>
public sealed record ReportSummary(
    int Activities,
    int JointActivities,
    int FlaggedMandates,
    int AssistanceRequests,
    IReadOnlyList<ReportCount> ActivitiesPerConvention,
    IReadOnlyList<ReportCount> ActivitiesPerPartner,
    IReadOnlyList<ReportCount> ActivitiesPerType,
    IReadOnlyList<ReportCount> ActivitiesPerStatus);

public sealed record ReportCount(string Label, int Count);

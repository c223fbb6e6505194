using Reporting.Reports.Documents;

namespace Reporting.Reports.Runs;

/// <summary>A run as <c>GET /api/reports/{id}</c> shows it: its state and each source's progress.</summary>
public sealed record ReportRunDto(
    Guid Id,
    string Kind,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Decisions,
    IReadOnlyDictionary<string, int> Meetings,
    string State,
    string? RequestedBy,
    DateTime RequestedAt,
    DateTime Deadline,
    DateTime? FinishedAt,
    string? Error,
    IReadOnlyList<string> MissingSources,
    IReadOnlyList<ReportRunSourceDto> Sources,
    string? Document,
    IReadOnlyDictionary<string, ReportMeeting> MeetingDetails,
    ReportAgendaItem? AgendaItem,
    DocumentNumbers DocumentNumbers,
    // The three symbols as the document shows them, placeholders until the numbers are assigned.
    IReadOnlyList<string> Symbols,
    // The review of the compiled report: draft, in-review, cleared, issued (null until compiled).
    string? Review,
    int ReviewRound,
    // The conventions that cleared the current round.
    IReadOnlyList<string> ClearedBy,
    DateTime? IssuedAt,
    string? IssuedBy)
{
    public static ReportRunDto Of(ReportRun run) => new(
        run.Id, run.Kind, run.From, run.To, run.Decisions,
        new Dictionary<string, int> { ["basel"] = run.BaselMeeting, ["rotterdam"] = run.RotterdamMeeting, ["stockholm"] = run.StockholmMeeting },
        run.State, run.RequestedBy, Utc(run.RequestedAt), Utc(run.Deadline), run.FinishedAt is { } finished ? Utc(finished) : null,
        run.Error,
        Ordered(run.Sources).Where(s => s.State == ReportSourceStates.Missing).Select(s => s.Name).ToList(),
        Ordered(run.Sources).Select(ReportRunSourceDto.From).ToList(),
        run.ReportJson is null ? null : $"/api/reports/{run.Id}/document",
        run.Meetings.InOrder().ToDictionary(m => m.Convention, m => m.Meeting),
        run.Agenda,
        run.DocumentNumbers,
        DocumentSymbols.For(JointDocumentSymbol.For(run.BaselMeeting, run.RotterdamMeeting, run.StockholmMeeting), run.DocumentNumbers),
        run.Review, run.ReviewRound, run.ClearedBy, run.IssuedAt is { } issued ? Utc(issued) : null, run.IssuedBy);

    private static IEnumerable<ReportRunSource> Ordered(IEnumerable<ReportRunSource> sources) =>
        sources.OrderBy(s => ReportSources.Names.ToList().IndexOf(s.Name));

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

public sealed record ReportRunSourceDto(string Name, string State, int Items, int Repaired, IReadOnlyList<RunRepair> Repairs, string? Problem)
{
    public static ReportRunSourceDto From(ReportRunSource source) => new(
        source.Name, source.State, source.Items, source.Repairs.Count, source.Repairs.Select(RunRepair.Parse).ToList(), source.Problem);
}

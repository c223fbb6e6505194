using WebApp.Components.Pages.Mandates;

namespace WebApp.Components.Pages.Home;

/// <summary>A joint proposal as the receiving convention's <c>/joint-proposals</c> lists it.</summary>
public sealed record WaitingProposal(
    Guid Id, Guid ActivityId, string LeadConvention, string ActivityTitle, string ActivityDescription,
    DateOnly ActivityStart, DateOnly? ActivityEnd, string? Message, string Status, IReadOnlyList<string> Mandates,
    string? DeclineReason, DateTime ReceivedAt, DateTime? AnsweredAt);

/// <summary>One convention's column on the home page: its mandates by status, or the problem that kept them away.</summary>
public sealed record ConventionSummary(Convention Convention, IReadOnlyList<MandateSummary>? Mandates, ApiProblem? Problem)
{
    public static IReadOnlyList<string> Statuses { get; } = ["open", "addressed", "completed", "superseded"];

    public int Count(string status) => Mandates?.Count(mandate => mandate.Status == status) ?? 0;

    /// <summary>In effect: not replaced by a later decision.</summary>
    public int InEffect => Mandates?.Count(mandate => mandate.Status != "superseded") ?? 0;

    public IEnumerable<MandateSummary> ReportingBack =>
        Mandates?.Where(mandate => mandate.ReportBack is not null && mandate.Status != "superseded") ?? [];
}

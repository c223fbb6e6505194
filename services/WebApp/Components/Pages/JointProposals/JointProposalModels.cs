namespace WebApp.Components.Pages.JointProposals;

/// <summary>
/// A proposal received from another convention, as <c>GET /api/{convention}/joint-proposals</c>
/// answers it: the lead's activity as it was proposed, and this convention's answer once given.
/// </summary>
public sealed record ReceivedProposal(
    Guid Id,
    Guid ActivityId,
    string LeadConvention,
    string ActivityTitle,
    string ActivityDescription,
    DateOnly ActivityStart,
    DateOnly? ActivityEnd,
    string? Message,
    string Status,
    IReadOnlyList<string> Mandates,
    string? DeclineReason,
    DateTime ReceivedAt,
    DateTime? AnsweredAt)
{
    public bool IsAnswered => Status != "proposed";

    /// <summary>The lead's activity page: any signed-in role may read it.</summary>
    public string ActivityLink => $"/{LeadConvention}/activities/{ActivityId}";
}

/// <summary>How a proposal's status reads on the pages.</summary>
public static class ProposalStatuses
{
    public static IReadOnlyList<(string Value, string Text)> All { get; } =
        [("proposed", "Waiting for an answer"), ("accepted", "Accepted"), ("declined", "Declined")];

    public static string Describe(string status) => All.FirstOrDefault(known => known.Value == status).Text ?? status;
}

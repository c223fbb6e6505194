namespace Platform.Contracts.JointActivities;

/// <summary>An invited convention accepted a proposal, naming its own mandates the activity serves.</summary>
public sealed record JointActivityJoined : IItemEvent
{
    string IItemEvent.ItemKey => $"joint-proposal:{ProposalId}";

    public required Guid ProposalId { get; init; }

    public required Guid ActivityId { get; init; }

    public required string LeadConvention { get; init; }

    public required string Convention { get; init; }

    public IReadOnlyList<string> Mandates { get; init; } = [];

    public required DateTimeOffset AnsweredAt { get; init; }
}

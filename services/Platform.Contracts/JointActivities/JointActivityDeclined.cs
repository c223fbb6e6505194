namespace Platform.Contracts.JointActivities;

/// <summary>An invited convention declined a proposal.</summary>
public sealed record JointActivityDeclined : IItemEvent
{
    string IItemEvent.ItemKey => $"joint-proposal:{ProposalId}";

    public required Guid ProposalId { get; init; }

    public required Guid ActivityId { get; init; }

    public required string LeadConvention { get; init; }

    public required string Convention { get; init; }

    public string? Reason { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }
}

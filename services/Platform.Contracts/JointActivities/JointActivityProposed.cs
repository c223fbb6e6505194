using Platform.Contracts.Activities;

namespace Platform.Contracts.JointActivities;

/// <summary>The lead convention invites another convention to take part in one of its activities.</summary>
public sealed record JointActivityProposed : IItemEvent
{
    string IItemEvent.ItemKey => $"joint-proposal:{ProposalId}";

    public required Guid ProposalId { get; init; }

    public required string LeadConvention { get; init; }

    public required string InvitedConvention { get; init; }

    public required ActivitySnapshot Activity { get; init; }

    public string? Message { get; init; }

    public required DateTimeOffset ProposedAt { get; init; }
}

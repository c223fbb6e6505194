namespace Platform.Conventions.JointActivities;

/// <summary>The lead convention's record of inviting another convention to one of its activities.</summary>
public sealed class JointProposal
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public required string InvitedConvention { get; set; }

    public JointProposalStatus Status { get; set; }

    public List<string> Mandates { get; set; } = [];

    public string? Message { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ProposedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? AnsweredAt { get; set; }
}

public enum JointProposalStatus
{
    Proposed,
    Accepted,
    Declined,
}

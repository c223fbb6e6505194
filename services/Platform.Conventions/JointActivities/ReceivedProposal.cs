namespace Platform.Conventions.JointActivities;

/// <summary>
/// The invited convention's record of a proposal it received over the broker, and its answer.
/// The activity stays the lead's; this keeps what the team needs to decide.
/// </summary>
public sealed class ReceivedProposal
{
    /// <summary>The lead's proposal id, so the answer refers back to it.</summary>
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public required string LeadConvention { get; set; }

    public required string ActivityTitle { get; set; }

    public string ActivityDescription { get; set; } = "";

    public DateOnly ActivityStart { get; set; }

    public DateOnly? ActivityEnd { get; set; }

    public string? Message { get; set; }

    public JointProposalStatus Status { get; set; }

    public List<string> Mandates { get; set; } = [];

    public string? DeclineReason { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? AnsweredAt { get; set; }
}

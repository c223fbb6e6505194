namespace Platform.Contracts.Activities;

/// <summary>An invited convention's part in a joint activity.</summary>
public sealed record JointParticipantSnapshot
{
    public required string Convention { get; init; }

    /// <summary><c>proposed</c>, <c>accepted</c> or <c>declined</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The invited convention's own mandates the activity serves (when accepted).</summary>
    public IReadOnlyList<string> Mandates { get; init; } = [];

    public string? DeclineReason { get; init; }
}

namespace Platform.Contracts.Partners;

/// <summary>One step in the history of a membership.</summary>
public sealed record MembershipStatusChangeSnapshot
{
    public required string Status { get; init; }

    /// <summary>When the status took effect, when known.</summary>
    public DateOnly? On { get; init; }

    public IReadOnlyList<string> Mandates { get; init; } = [];

    public string Note { get; init; } = "";

    public required DateTimeOffset RecordedAt { get; init; }
}

namespace Platform.Contracts.Activities;

/// <summary>
/// The whole state of one activity at one version, as every activity event carries it, so that a
/// consumer can apply an event without calling back and drop one older than what it holds.
/// </summary>
public sealed record ActivitySnapshot
{
    public required Guid Id { get; init; }

    /// <summary>The convention that leads the activity: <c>basel</c>, <c>rotterdam</c> or <c>stockholm</c>.</summary>
    public required string Convention { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Kebab-case activity type, for example <c>capacity-building</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Kebab-case status: <c>planned</c>, <c>ongoing</c>, <c>completed</c> or <c>cancelled</c>.</summary>
    public required string Status { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>Partner organisation ids from the partner directory (<c>unep</c>, <c>who</c>).</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Mandate references of the lead convention (<c>BC-14/21 6(b)</c>).</summary>
    public IReadOnlyList<string> Mandates { get; init; } = [];

    /// <summary>SDG targets such as <c>12.4</c>.</summary>
    public IReadOnlyList<string> SdgTargets { get; init; } = [];

    /// <summary>Document symbols or links the activity produced.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    public bool ResourceDependent { get; init; }

    /// <summary>The other conventions invited to take part, and where each stands.</summary>
    public IReadOnlyList<JointParticipantSnapshot> Participants { get; init; } = [];

    public bool Withdrawn { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

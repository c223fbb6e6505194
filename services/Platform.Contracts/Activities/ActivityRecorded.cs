namespace Platform.Contracts.Activities;

/// <summary>
/// A convention service recorded a new activity. Carries the activity's whole state so that a
/// consumer can apply it without calling back, and its version so that a late, older event is
/// recognised and dropped.
/// </summary>
public sealed record ActivityRecorded
{
    public required Guid ActivityId { get; init; }

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

    public required DateTimeOffset RecordedAt { get; init; }
}

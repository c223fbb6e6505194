namespace Platform.Contracts.Partners;

/// <summary>One engagement with partner organisations at one version.</summary>
public sealed record EngagementSnapshot
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    /// <summary><c>meeting</c>, <c>communication</c>, <c>agreement</c> or <c>joint-work</c>.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>For a meeting, how the Secretariat took part: <c>observer</c>, <c>member</c> or <c>participant</c>.</summary>
    public string? Participation { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>Partner directory ids.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary><c>basel</c>, <c>rotterdam</c>, <c>stockholm</c>.</summary>
    public IReadOnlyList<string> Conventions { get; init; } = [];

    /// <summary>Ids of the convention services' activities the engagement belongs to.</summary>
    public IReadOnlyList<Guid> Activities { get; init; } = [];

    /// <summary>Mandate references (<c>BC-14/21 6(e)</c>).</summary>
    public IReadOnlyList<string> Mandates { get; init; } = [];

    public bool Withdrawn { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

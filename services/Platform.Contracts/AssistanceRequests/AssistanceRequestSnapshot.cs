namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance at one version.</summary>
public sealed record AssistanceRequestSnapshot
{
    public required Guid Id { get; init; }

    public required string Convention { get; init; }

    public required int Version { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the Party.</summary>
    public required string Party { get; init; }

    public required string Subject { get; init; }

    public string Description { get; init; } = "";

    public required DateOnly ReceivedOn { get; init; }

    /// <summary><c>open</c>, <c>in-progress</c> or <c>closed</c>.</summary>
    public required string Status { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? ClosedOn { get; init; }

    /// <summary>The mandate the assistance serves, e.g. <c>BC-14/21 6(c)</c>.</summary>
    public string? Mandate { get; init; }
}

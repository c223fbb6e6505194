namespace Platform.Contracts.Contributions;

/// <summary>
/// What a source service answers at <c>GET {contributions}?from=&amp;to=</c>: the ids and versions
/// of what it owns that falls in a report's period. A report run compares it with its read model
/// and fetches each item it lacks, or holds at an older version.
/// </summary>
public sealed record ContributionManifest
{
    /// <summary>The answering service: <c>basel</c>, <c>rotterdam</c>, <c>stockholm</c> or <c>partner-liaison</c>.</summary>
    public required string Source { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>Ordered by kind (<see cref="ContributionKinds"/>), then by id.</summary>
    public IReadOnlyList<ContributionEntry> Items { get; init; } = [];
}

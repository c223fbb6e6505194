namespace Platform.Contracts.Contributions;

/// <summary>One line of a <see cref="ContributionManifest"/>: an item the source holds, at its current version.</summary>
public sealed record ContributionEntry
{
    /// <summary>One of <see cref="ContributionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The item's id at its source: a GUID, a partner id (<c>unep</c>) or a decision symbol (<c>BC-14/21</c>).</summary>
    public required string Id { get; init; }

    public required int Version { get; init; }
}

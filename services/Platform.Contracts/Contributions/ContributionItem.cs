using System.Text.Json;

namespace Platform.Contracts.Contributions;

/// <summary>
/// What a source service answers at <c>GET {contributions}/{kind}/{id}</c>: one item's whole
/// current state. <see cref="State"/> is exactly the snapshot the item's events carry (the type
/// <see cref="ContributionSnapshots.TypeOf"/> names for <see cref="Kind"/>) and nothing else, so
/// the reporting service applies a fetched item as it applies the event.
/// </summary>
public sealed record ContributionItem
{
    public required string Source { get; init; }

    /// <summary>One of <see cref="ContributionKinds"/>.</summary>
    public required string Kind { get; init; }

    public required string Id { get; init; }

    public required int Version { get; init; }

    /// <summary>The snapshot as JSON; build it with <see cref="ContributionSnapshots.Item{TSnapshot}"/>, read it with <see cref="ContributionSnapshots.Decode"/>.</summary>
    public required JsonElement State { get; init; }
}

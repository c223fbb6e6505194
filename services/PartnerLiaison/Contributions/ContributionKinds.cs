namespace PartnerLiaison.Contributions;

/// <summary>What this service contributes to a report, by the names the manifest uses.</summary>
public static class ContributionKinds
{
    public const string Partner = "partner";
    public const string Membership = "membership";
    public const string Coalition = "coalition";
    public const string Engagement = "engagement";
    public const string Transmission = "transmission";

    public static IReadOnlyList<string> All { get; } = [Partner, Membership, Coalition, Engagement, Transmission];
}

/// <summary>The ids and versions of what this service owns that falls in a report's period.</summary>
public sealed record ContributionManifest(string Source, DateOnly From, DateOnly To, IReadOnlyList<ContributionEntry> Items);

public sealed record ContributionEntry(string Kind, string Id, int Version);

/// <summary>One contributed item's whole current state, as its own resource shows it.</summary>
public sealed record ContributionItem(string Source, string Kind, string Id, int Version, object State);

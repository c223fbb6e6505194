namespace Platform.Conventions.Contributions;

/// <summary>What a convention service contributes to a report, by the names the manifest uses.</summary>
public static class ContributionKinds
{
    public const string Activity = "activity";
    public const string AssistanceRequest = "assistance-request";
    public const string Decision = "decision";

    /// <summary>An imported decision never changes: the same symbol with another text is refused.</summary>
    public const int DecisionVersion = 1;

    public static IReadOnlyList<string> All { get; } = [Decision, Activity, AssistanceRequest];
}

/// <summary>The ids and versions of what this service owns that falls in a report's period.</summary>
public sealed record ContributionManifest(string Source, DateOnly From, DateOnly To, IReadOnlyList<ContributionEntry> Items);

public sealed record ContributionEntry(string Kind, string Id, int Version);

/// <summary>One contributed item's whole current state: the snapshot its events carry.</summary>
public sealed record ContributionItem(string Source, string Kind, string Id, int Version, object State);

using Platform.Contracts.Contributions;

namespace Platform.ServiceDefaults.Contributions;

/// <summary>What a source service contributes to a report: the one thing each source writes for itself.</summary>
public interface IContributionSource
{
    /// <summary>The ids and versions of what falls in the period, ordered by kind, then by id.</summary>
    Task<IReadOnlyList<ContributionEntry>> ManifestAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>One item as the snapshot its events carry; null when there is no such item.</summary>
    Task<ContributionItem?> ItemAsync(string kind, string id, CancellationToken cancellationToken);
}

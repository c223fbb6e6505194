namespace Reporting.Reports.Runs;

/// <summary>How report runs are shared among the replicas of the service (section <c>Reporting:Runs</c>).</summary>
public sealed class ReportRunOptions
{
    public const string SectionName = "Reporting:Runs";

    /// <summary>
    /// How long a replica's claim on a run lasts unless renewed; the owner renews it every third
    /// of this while it carries the run through. It bounds how long a run waits after its owner
    /// died, and must be well above any clock difference between the replicas' hosts.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a replica looks for runs nobody holds (a new run also wakes the replica that took the request).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

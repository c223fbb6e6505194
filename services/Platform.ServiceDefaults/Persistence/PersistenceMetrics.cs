using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// What the outbox and the inbox do with the rows they keep (meter <c>Platform.Persistence</c>): how
/// many writes the relay puts into one transaction, how many redeliveries the inbox absorbed.
/// </summary>
public static class PersistenceMetrics
{
    public const string MeterName = "Platform.Persistence";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Outbox rows the relay deleted in one statement after the broker confirmed them.</summary>
    internal static readonly Histogram<int> RelayedRowsPerDelete = Meter.CreateHistogram<int>(
        "platform.outbox.relay.rows", unit: "{row}", description: "Confirmed outbox rows deleted by one statement");

    /// <summary>
    /// Messages an endpoint had already handled, acknowledged without effect (tag <c>endpoint</c>):
    /// the redeliveries the inbox absorbed, as a relay that lost its confirms sends them.
    /// </summary>
    internal static readonly Counter<long> InboxDuplicates = Meter.CreateCounter<long>(
        "platform.inbox.duplicates", unit: "{message}", description: "Redelivered messages acknowledged without effect");
}

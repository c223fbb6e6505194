using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>How many writes the hot paths put into one transaction (meter <c>Platform.Persistence</c>).</summary>
public static class PersistenceMetrics
{
    public const string MeterName = "Platform.Persistence";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Outbox rows the relay deleted in one statement after the broker confirmed them.</summary>
    internal static readonly Histogram<int> RelayedRowsPerDelete = Meter.CreateHistogram<int>(
        "platform.outbox.relay.rows", unit: "{row}", description: "Confirmed outbox rows deleted by one statement");
}

using MassTransit;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>An endpoint's error queue (<c>reporting-activity-events_error</c>) and the endpoint it belongs to.</summary>
public sealed record ErrorQueue(string Name, string Endpoint);

/// <summary>
/// This service's error queues: one per receive endpoint, named by the bus's own error-queue
/// name formatter, so they are the queues MassTransit actually moves failed messages to.
/// </summary>
public sealed class DeadLetterQueues(ReceiveEndpointQueues endpoints, IBus bus)
{
    public IReadOnlyList<ErrorQueue> All
    {
        get
        {
            var formatter = bus.Topology.SendTopology.ErrorQueueNameFormatter;
            return [.. endpoints.Names.Select(endpoint => new ErrorQueue(formatter.FormatErrorQueueName(endpoint), endpoint))];
        }
    }

    /// <summary>Each endpoint's queue for messages no consumer of it takes (<c>reporting-activity-events_skipped</c>).</summary>
    public IReadOnlyList<ErrorQueue> Skipped
    {
        get
        {
            var formatter = bus.Topology.SendTopology.DeadLetterQueueNameFormatter;
            return [.. endpoints.Names.Select(endpoint => new ErrorQueue(formatter.FormatDeadLetterQueueName(endpoint), endpoint))];
        }
    }
}

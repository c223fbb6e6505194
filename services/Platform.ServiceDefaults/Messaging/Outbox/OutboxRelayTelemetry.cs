using System.Diagnostics;

namespace Platform.ServiceDefaults.Messaging.Outbox;

public static class OutboxRelayTelemetry
{
    public const string ActivitySourceName = "Platform.Outbox";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>Starts the relay's span as a child of the request that stored the event, so the publish joins that trace.</summary>
    internal static Activity? StartRelay(OutboxMessage message)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        var activity = Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        activity?.SetTag("messaging.message.type", message.MessageType);
        activity?.SetTag("outbox.sequence", message.Sequence);
        return activity;
    }
}

using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Platform.Contracts;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Outbox;

internal sealed class Outbox(ServiceDbContext db, TimeProvider clock) : IOutbox
{
    public void Publish<T>(T message) where T : class
    {
        // The runtime type, not T: a caller holding the event as a base type still publishes the event's own contract.
        var type = message.GetType();
        var activity = Activity.Current;
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            ItemKey = (message as IItemEvent)?.ItemKey,
            MessageType = OutboxSerialization.TypeName(type),
            Body = JsonSerializer.Serialize(message, type, OutboxSerialization.Options),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}

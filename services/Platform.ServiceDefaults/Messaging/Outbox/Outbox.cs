using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Outbox;

internal sealed class Outbox(ServiceDbContext db, TimeProvider clock) : IOutbox
{
    public void Publish<T>(T message) where T : class
    {
        var activity = Activity.Current;
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = OutboxSerialization.TypeName(typeof(T)),
            Body = JsonSerializer.Serialize(message, OutboxSerialization.Options),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}

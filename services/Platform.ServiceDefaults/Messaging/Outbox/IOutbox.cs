namespace Platform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Publishes events transactionally: <see cref="Publish{T}"/> adds the event to the current unit
/// of work, and it is relayed to the broker only once <c>SaveChangesAsync</c> has committed it
/// together with the change it describes.
/// </summary>
public interface IOutbox
{
    void Publish<T>(T message) where T : class;
}

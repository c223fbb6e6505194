using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// An error queue read on a channel of its own: each message is taken without acknowledgement,
/// so the broker keeps it for this channel alone, and every message not removed goes back to
/// its place in the queue when this is disposed, or when the channel dies, whatever happened.
/// </summary>
internal sealed class HeldErrorQueue : IAsyncDisposable
{
    private readonly IChannel _channel;
    private readonly SortedSet<ulong> _held = [];

    private HeldErrorQueue(IChannel channel, ErrorQueue queue, uint waiting)
    {
        _channel = channel;
        Queue = queue;
        Waiting = waiting;
    }

    public ErrorQueue Queue { get; }

    /// <summary>How many messages were waiting (ready, not held by anyone) when it was opened.</summary>
    public uint Waiting { get; }

    /// <summary>Null when the queue does not exist (yet): then nothing has failed into it.</summary>
    public static async Task<HeldErrorQueue?> OpenAsync(
        OperationsBrokerConnection broker, ErrorQueue queue, bool confirmPublishes, CancellationToken cancellationToken)
    {
        var channel = await broker.OpenChannelAsync(confirmPublishes, cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue.Name, cancellationToken);
            return new HeldErrorQueue(channel, queue, declared.MessageCount);
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            await channel.DisposeAsync();
            return null;
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next message not yet held, or null when there is none.</summary>
    public async Task<BasicGetResult?> TakeAsync(CancellationToken cancellationToken)
    {
        var message = await _channel.BasicGetAsync(Queue.Name, autoAck: false, cancellationToken);
        if (message is not null)
        {
            _held.Add(message.DeliveryTag);
        }

        return message;
    }

    /// <summary>
    /// Publishes a copy of a held message to its endpoint's exchange and, once the broker confirmed
    /// the copy, removes the original. Throws, with the original still held, when the broker
    /// refuses the copy or cannot route it (mandatory). Not cancelled half-way by a caller that
    /// gave up: the move runs to its end or fails whole.
    /// </summary>
    public async Task MoveToEndpointAsync(BasicGetResult message, BasicProperties properties)
    {
        await _channel.BasicPublishAsync(
            exchange: Queue.Endpoint, routingKey: "", mandatory: true, properties, message.Body, CancellationToken.None);
        await _channel.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None);
        _held.Remove(message.DeliveryTag);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_held.Count > 0 && _channel.IsOpen)
            {
                await _channel.BasicNackAsync(_held.Max, multiple: true, requeue: true, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is RabbitMQClientException or IOException)
        {
            // The channel is gone; the broker returns what it held to the queue by itself.
        }

        await _channel.DisposeAsync();
    }
}

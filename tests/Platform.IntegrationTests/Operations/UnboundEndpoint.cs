using RabbitMQ.Client;

namespace Platform.IntegrationTests.Operations;

/// <summary>
/// An endpoint's queue cut off from the exchange MassTransit named after it, as a broken
/// topology would leave it, so that nothing published there can be delivered; bound again when
/// disposed.
/// </summary>
public sealed class UnboundEndpoint : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private UnboundEndpoint(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<UnboundEndpoint> UnbindAsync(string broker, string queue)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.QueueUnbindAsync(queue, exchange: queue, routingKey: "");
        return new UnboundEndpoint(connection, channel, queue);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueBindAsync(_queue, exchange: _queue, routingKey: "");
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

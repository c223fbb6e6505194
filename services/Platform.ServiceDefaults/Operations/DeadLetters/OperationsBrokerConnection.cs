using Platform.ServiceDefaults.Messaging;
using RabbitMQ.Client;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// One broker connection of its own for the operations endpoints, opened on first use and again
/// after it dropped, so that peeking at error queues never shares a channel with the bus's
/// consumers and publishers. With a cluster it connects to the first node that answers, in the
/// order the address names them; an error queue is a quorum queue, readable on every node.
/// </summary>
public sealed class OperationsBrokerConnection(BrokerAddress broker, ServiceIdentity identity) : IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private IConnection? _connection;

    /// <summary>A channel whose publishes each wait for the broker's confirm when <paramref name="confirmPublishes"/>.</summary>
    public async Task<IChannel> OpenChannelAsync(bool confirmPublishes, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken);
        var options = new CreateChannelOptions(
            publisherConfirmationsEnabled: confirmPublishes, publisherConfirmationTrackingEnabled: confirmPublishes);
        return await connection.CreateChannelAsync(options, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _opening.Dispose();
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true } open)
            {
                return open;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }

            var factory = new ConnectionFactory
            {
                Uri = broker.Primary,
                // Reconnecting on demand is enough for a call that operations can simply repeat.
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
            };
            // amqps (set by the URI) applies to every node, each checked under its own host name.
            var nodes = broker.Nodes.Select(node =>
                new AmqpTcpEndpoint(node.Host, node.Port, new SslOption(node.Host, enabled: factory.Ssl.Enabled)));
            _connection = await factory.CreateConnectionAsync(nodes, $"{identity.Name}-operations", cancellationToken);
            return _connection;
        }
        finally
        {
            _opening.Release();
        }
    }
}

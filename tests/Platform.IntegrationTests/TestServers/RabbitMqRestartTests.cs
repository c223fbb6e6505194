using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.IntegrationTests.TestServers;

public sealed class RabbitMqRestartTests
{
    private const string QueueName = "restart-survivor";

    [Fact]
    public async Task Restarted_broker_keeps_its_durable_queues_after_a_stop_that_dropped_its_clients()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await TestServerAvailability.StartRestartableRabbitMqOrSkipAsync(ct);
        var factory = new ConnectionFactory { Uri = new Uri(broker.ConnectionString), AutomaticRecoveryEnabled = false };

        await using var connection = await factory.CreateConnectionAsync(ct);
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: ct))
        {
            await channel.QueueDeclareAsync(QueueName, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
            await channel.BasicPublishAsync(
                exchange: string.Empty,
                routingKey: QueueName,
                mandatory: false,
                basicProperties: new BasicProperties { Persistent = true },
                body: Encoding.UTF8.GetBytes("kept"),
                cancellationToken: ct);
        }

        await broker.StopAsync(ct);

        for (var attempt = 0; attempt < 50 && connection.IsOpen; attempt++)
        {
            await Task.Delay(100, ct);
        }

        Assert.False(connection.IsOpen, "a client connected before the stop should have lost its connection");
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync(ct));

        await broker.RestartAsync(ct);

        await using var reconnected = await factory.CreateConnectionAsync(ct);
        await using var after = await reconnected.CreateChannelAsync(cancellationToken: ct);
        var queue = await after.QueueDeclarePassiveAsync(QueueName, ct);
        Assert.Equal(1u, queue.MessageCount);
        var message = await after.BasicGetAsync(QueueName, autoAck: true, ct);
        Assert.NotNull(message);
        Assert.Equal("kept", Encoding.UTF8.GetString(message.Body.Span));
    }
}

using RabbitMQ.Client;

namespace Platform.IntegrationTests.TestServers;

public sealed class RabbitMqBrokerTests(SharedRabbitMq rabbit)
{
    [Fact]
    public async Task Broker_accepts_a_connection_and_round_trips_a_message_through_a_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = new ConnectionFactory { Uri = new Uri(rabbit.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var queue = (await channel.QueueDeclareAsync(queue: string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: ct)).QueueName;

        await channel.BasicPublishAsync(exchange: string.Empty, routingKey: queue, body: Encoding.UTF8.GetBytes("hello from the test"), cancellationToken: ct);

        BasicGetResult? received = null;
        for (var attempt = 0; attempt < 50 && received is null; attempt++)
        {
            received = await channel.BasicGetAsync(queue, autoAck: true, ct);
            if (received is null)
            {
                await Task.Delay(100, ct);
            }
        }

        Assert.NotNull(received);
        Assert.Equal("hello from the test", Encoding.UTF8.GetString(received.Body.Span));
    }

    [Fact]
    public async Task Queues_of_the_same_name_in_two_virtual_hosts_are_separate_queues()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await rabbit.Broker.CreateVirtualHostAsync(ct);
        var second = await rabbit.Broker.CreateVirtualHostAsync(ct);
        Assert.NotEqual(first, second);

        await using var firstConnection = await new ConnectionFactory { Uri = new Uri(first) }.CreateConnectionAsync(ct);
        await using var secondConnection = await new ConnectionFactory { Uri = new Uri(second) }.CreateConnectionAsync(ct);
        await using var firstChannel = await firstConnection.CreateChannelAsync(cancellationToken: ct);
        await using var secondChannel = await secondConnection.CreateChannelAsync(cancellationToken: ct);
        await firstChannel.QueueDeclareAsync("orders", durable: false, exclusive: false, autoDelete: false, cancellationToken: ct);
        await secondChannel.QueueDeclareAsync("orders", durable: false, exclusive: false, autoDelete: false, cancellationToken: ct);

        await firstChannel.BasicPublishAsync(exchange: string.Empty, routingKey: "orders", body: Encoding.UTF8.GetBytes("only in the first"), cancellationToken: ct);

        var inFirst = await firstChannel.BasicGetAsync("orders", autoAck: true, ct);
        for (var attempt = 0; attempt < 50 && inFirst is null; attempt++)
        {
            await Task.Delay(100, ct);
            inFirst = await firstChannel.BasicGetAsync("orders", autoAck: true, ct);
        }

        Assert.NotNull(inFirst);
        Assert.Null(await secondChannel.BasicGetAsync("orders", autoAck: true, ct));
    }

    [Fact]
    public void Broker_reports_an_amqp_uri_and_where_it_came_from()
    {
        var broker = rabbit.Broker;

        Assert.StartsWith("amqp", broker.ConnectionString, StringComparison.Ordinal);
        Assert.Contains(broker.Source, new[] { TestServerSource.Environment, TestServerSource.Private, TestServerSource.Container });
        Assert.Equal(broker.Source == TestServerSource.Private, broker.CanRestart);
    }
}

using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Benchmarks.EndToEnd.Baselines;

/// <summary>
/// What the broker does with nothing of ours on top: RabbitMQ.Client publishing persistent 1 KiB messages
/// to a durable queue with publisher confirms, many confirms in flight at once, while a consumer on its
/// own connection takes and acknowledges each. Messages per second from the first publish until the last
/// message published was consumed.
/// </summary>
internal static class RabbitMqBaseline
{
    private const int InFlight = 256;

    public static async Task<double> MeasureAsync(string virtualHost, TimeSpan duration, int maxMessages, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(virtualHost), ClientProvidedName = "benchmark-baseline" };
        await using var consuming = await factory.CreateConnectionAsync(cancellationToken);
        await using var publishing = await factory.CreateConnectionAsync(cancellationToken);
        await using var consumer = await consuming.CreateChannelAsync(cancellationToken: cancellationToken);
        await using var publisher = await publishing.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var queue = $"benchmark-baseline-{Guid.NewGuid():N}";
        await consumer.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await consumer.BasicQosAsync(0, 500, false, cancellationToken);

        var consumed = 0;
        var published = int.MaxValue;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref consumed) >= Volatile.Read(ref published))
            {
                allConsumed.TrySetResult();
            }
        };
        await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, cancellationToken);

        var body = new byte[1024];
        Random.Shared.NextBytes(body);
        var properties = new BasicProperties { Persistent = true };
        var confirms = new Queue<Task>();
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < duration && count < maxMessages)
        {
            if (confirms.Count >= InFlight)
            {
                await confirms.Dequeue();
            }

            confirms.Enqueue(publisher.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken).AsTask());
            count++;
        }

        await Task.WhenAll(confirms);
        Volatile.Write(ref published, count);
        if (Volatile.Read(ref consumed) >= count)
        {
            allConsumed.TrySetResult();
        }

        await allConsumed.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var rate = count / watch.Elapsed.TotalSeconds;
        await consumer.QueueDeleteAsync(queue, cancellationToken: cancellationToken);
        return rate;
    }
}

using System.Diagnostics;
using MassTransit;

namespace Platform.Benchmarks.EndToEnd.Baselines;

/// <summary>
/// MassTransit alone, configured as the services configure it (RabbitMQ, publisher confirms, its
/// default endpoint settings): many publishers at once publish a 1 KiB message, each publish awaited
/// until the broker confirmed it, and one receive endpoint consumes them. Messages per second from the
/// first publish until the last one published was consumed; the outbox relay is set beside this.
/// </summary>
internal static class MassTransitBaseline
{
    private const int Publishers = 64;

    public static async Task<double> MeasureAsync(string virtualHost, TimeSpan duration, int maxMessages, CancellationToken cancellationToken)
    {
        var consumed = 0;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(virtualHost), host => host.PublisherConfirmation = true);
            rabbit.ReceiveEndpoint($"benchmark-baseline-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Handler<BaselineMessage>(_ =>
                {
                    Interlocked.Increment(ref consumed);
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(cancellationToken);
        try
        {
            var payload = new string('x', 1024);
            // The first publishes create the exchanges and bindings; they are not what is measured.
            await Task.WhenAll(Enumerable.Range(0, Publishers).Select(_ => bus.Publish(new BaselineMessage(payload), cancellationToken)));
            await WaitUntilAsync(() => Volatile.Read(ref consumed) >= Publishers, cancellationToken);
            Interlocked.Exchange(ref consumed, 0);

            var started = 0;
            var published = 0;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Publishers).Select(async _ =>
            {
                while (watch.Elapsed < duration && Interlocked.Increment(ref started) <= maxMessages)
                {
                    await bus.Publish(new BaselineMessage(payload), cancellationToken);
                    Interlocked.Increment(ref published);
                }
            }));
            var count = published;
            await WaitUntilAsync(() => Volatile.Read(ref consumed) >= count, cancellationToken);
            return count / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The baseline's messages were not all consumed within 30 s.");
            }

            await Task.Delay(5, cancellationToken);
        }
    }
}

/// <summary>The baseline's message: 1 KiB of text, like an activity event.</summary>
public sealed record BaselineMessage(string Payload);

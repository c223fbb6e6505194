using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;

namespace Platform.UnitTests.Messaging;

/// <summary>
/// A bus that only publishes, and whose confirmations a test controls: <see cref="Confirm"/>
/// decides, per event, when (and whether) the broker confirms it.
/// </summary>
internal sealed class FakeBroker
{
    private readonly ConcurrentQueue<int> _published = new();

    public FakeBroker(Func<NumberedEvent, CancellationToken, Task> confirm)
    {
        Confirm = confirm;
        var bus = DispatchProxy.Create<IBus, PublishOnlyBus>();
        ((PublishOnlyBus)(object)bus).Broker = this;
        Bus = bus;
    }

    public IBus Bus { get; }

    public Func<NumberedEvent, CancellationToken, Task> Confirm { get; set; }

    /// <summary>The events handed to the broker, in the order the relay sent them.</summary>
    public IReadOnlyList<int> Published => [.. _published];

    public static Task Confirmed(NumberedEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task Publish(NumberedEvent message, CancellationToken cancellationToken)
    {
        _published.Enqueue(message.Number);
        return Confirm(message, cancellationToken);
    }

    /// <summary>Answers the one <c>Publish(object, Type, IPipe, CancellationToken)</c> the relay calls.</summary>
    public class PublishOnlyBus : DispatchProxy
    {
        internal FakeBroker? Broker { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IBus.Publish) && args is [NumberedEvent message, Type, IPipe<PublishContext>, CancellationToken token]
                ? Broker!.Publish(message, token)
                : throw new NotSupportedException($"The relay was not expected to call {targetMethod?.Name}.");
    }
}

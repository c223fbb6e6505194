using System.Collections.Concurrent;
using MassTransit;

namespace Platform.IntegrationTests.Partners;

/// <summary>Every message a service's bus published (the outbox relay publishes through it), in order.</summary>
public sealed class PublishedMessages : IPublishObserver
{
    private readonly ConcurrentQueue<object> _messages = new();

    public int Count => _messages.Count;

    public IReadOnlyList<T> OfType<T>() => _messages.OfType<T>().ToList();

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        _messages.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

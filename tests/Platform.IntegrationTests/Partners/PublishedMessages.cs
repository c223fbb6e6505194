using System.Collections.Concurrent;
using MassTransit;

namespace Platform.IntegrationTests.Partners;

/// <summary>Every message a service's bus published (the outbox relay publishes through it), in order.</summary>
public sealed class PublishedMessages : IPublishObserver
{
    private readonly ConcurrentQueue<(object Message, Guid? MessageId)> _messages = new();

    public int Count => _messages.Count;

    public IReadOnlyList<T> OfType<T>() => _messages.Select(published => published.Message).OfType<T>().ToList();

    /// <summary>Every published <typeparamref name="T"/> with the message id it went out with.</summary>
    public IReadOnlyList<(T Message, Guid? MessageId)> MessagesOf<T>() =>
        _messages.Where(published => published.Message is T).Select(published => ((T)published.Message, published.MessageId)).ToList();

    /// <summary>The message id the first published <typeparamref name="T"/> that matches went out with.</summary>
    public Guid? MessageIdOf<T>(Func<T, bool> match) =>
        _messages.FirstOrDefault(published => published.Message is T message && match(message)).MessageId;

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        _messages.Enqueue((context.Message, context.MessageId));
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

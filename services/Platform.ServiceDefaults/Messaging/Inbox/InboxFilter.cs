using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent: the consumer's changes, the events it publishes through the
/// outbox and the record that this endpoint handled this message id are committed in one
/// transaction. A redelivered message finds its record and is acknowledged without effect; two
/// copies racing each other collide on the inbox key and the loser is retried into that case.
/// </summary>
public sealed partial class InboxFilter<T>(
    ServiceDbContext db,
    TimeProvider clock,
    ILogger<InboxFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(T).Name} arrived without a message id; it cannot be deduplicated.");
        var endpoint = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');

        db.ChangeTracker.Clear();
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Endpoint == endpoint, context.CancellationToken))
        {
            LogDuplicate(logger, typeof(T).Name, messageId, endpoint);
            PersistenceMetrics.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint));
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        try
        {
            await next.Send(context);
            db.InboxMessages.Add(new InboxMessage
            {
                MessageId = messageId,
                Endpoint = endpoint,
                MessageType = typeof(T).FullName ?? typeof(T).Name,
                ProcessedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} {MessageId} was already handled by {Endpoint}; acknowledged without effect")]
    private static partial void LogDuplicate(ILogger logger, string messageType, Guid messageId, string endpoint);
}

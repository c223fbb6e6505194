using System.Runtime.ExceptionServices;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Relays committed outbox rows to the broker in the order they were stored. A row is deleted
/// only after the broker confirmed the publish (publisher confirms), so a crash or a broker
/// outage between the two re-sends it later rather than losing it; consumers' inboxes absorb the
/// resulting duplicate.
/// </summary>
/// <remarks>
/// A batch's publishes are all in flight at once, started in stored order on the bus's one
/// publishing channel, and their confirmations are then awaited in that order: waiting for each
/// confirmation before sending the next would cap the relay at one broker round trip per event.
/// The confirmed rows ahead of the first failure are deleted in one statement. A failed (or
/// unconfirmed) publish stops there: its row and every row after it stay, even those the broker
/// confirmed meanwhile, so the next attempt sends them again in order after it, and the relay
/// backs off.
/// </remarks>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var relayed = await RelayBatchAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (relayed < _options.BatchSize)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = NextBackoff(backoff);
                LogRelayFailed(logger, exception, backoff.TotalSeconds);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <returns>How many rows the batch held; throws when a publish failed, after deleting the rows confirmed before it.</returns>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var batch = await db.OutboxMessages.AsNoTracking()
            .OrderBy(message => message.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

        var publishes = new List<Task>(batch.Count);
        foreach (var message in batch)
        {
            publishes.Add(PublishAsync(message, cancellationToken));
        }

        var confirmed = 0;
        Exception? failure = null;
        for (; confirmed < publishes.Count; confirmed++)
        {
            try
            {
                await publishes[confirmed];
            }
            catch (Exception exception)
            {
                failure = exception;
                break;
            }
        }

        // The later publishes are left to finish (or fail) before their rows are looked at again.
        await Task.WhenAll(publishes).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        if (confirmed > 0)
        {
            var sequences = batch.Take(confirmed).Select(message => message.Sequence).ToList();
            await db.OutboxMessages.Where(row => sequences.Contains(row.Sequence)).ExecuteDeleteAsync(CancellationToken.None);
            PersistenceMetrics.RelayedRowsPerDelete.Record(sequences.Count);
        }

        if (failure is not null)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                var failed = batch[confirmed].Sequence;
                await db.OutboxMessages.Where(row => row.Sequence == failed)
                    .ExecuteUpdateAsync(row => row
                        .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                        .SetProperty(r => r.LastError, Truncate(failure.Message)), CancellationToken.None);
            }

            ExceptionDispatchInfo.Throw(failure);
        }

        return batch.Count;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = OutboxRelayTelemetry.StartRelay(message);
        var type = OutboxSerialization.ResolveType(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Body, type, OutboxSerialization.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Sequence} has an empty body.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(payload, type, context => context.MessageId = message.MessageId, timeout.Token);
    }

    private TimeSpan NextBackoff(TimeSpan current)
    {
        var next = current == TimeSpan.Zero ? TimeSpan.FromMilliseconds(250) : current * 2;
        return next > _options.MaxBackoff ? _options.MaxBackoff : next;
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying in {Seconds} s")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, double seconds);
}

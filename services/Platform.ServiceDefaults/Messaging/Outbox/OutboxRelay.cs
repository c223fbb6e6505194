using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Relays committed outbox rows to the broker. A row is deleted only after the broker confirmed
/// the publish (publisher confirms), so a crash or a broker outage between the two re-sends it
/// later rather than losing it; consumers' inboxes absorb the resulting duplicate. The events of
/// one item (<see cref="OutboxMessage.ItemKey"/>) reach the broker in the order they were stored.
/// </summary>
/// <remarks>
/// <para>
/// A batch holds, in stored order, only rows with no earlier row of the same item still waiting:
/// the head of each item's queue. So no two events of one item are ever in flight together, and
/// the rest of a batch's publishes are all in flight at once, started in stored order, their
/// confirmations then awaited in that order: waiting for each confirmation before sending the next
/// would cap the relay at one broker round trip per event. The confirmed rows ahead of the first
/// failure are deleted in one statement. A failed (or unconfirmed) publish stops there: its row
/// and every row after it stay, even those the broker confirmed meanwhile, and the relay backs off.
/// </para>
/// <para>
/// Every replica of a service runs a relay over the one database. On PostgreSQL a relay claims its
/// batch with <c>FOR UPDATE SKIP LOCKED</c> in a transaction held until the confirmed rows are
/// deleted: the other relays pass over claimed rows, and an item whose head is claimed has no row
/// another relay may take. A relay that dies releases its claim with its connection; one that
/// hangs is cut off by the server once its transaction has been idle longer than a publish may
/// take (<see cref="ClaimLimit"/>), and another relay sends the rows again. On SQLite, one process
/// per file, the one relay reads its batch without a claim.
/// </para>
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
        await using var claim = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var batch = claim is null ? await HeadsAsync(db, cancellationToken) : await ClaimHeadsAsync(db, cancellationToken);

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

        if (claim is not null)
        {
            await claim.CommitAsync(CancellationToken.None);
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

    /// <summary>The oldest rows that are the first still waiting of their item, or of no item.</summary>
    private Task<List<OutboxMessage>> HeadsAsync(ServiceDbContext db, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking()
            .Where(message => message.ItemKey == null || !db.OutboxMessages.Any(
                earlier => earlier.ItemKey == message.ItemKey && earlier.Sequence < message.Sequence))
            .OrderBy(message => message.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// <see cref="HeadsAsync"/> less the rows other relays hold, claimed until the transaction ends.
    /// The server ends a claim whose transaction waits longer than <see cref="ClaimLimit"/>.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimHeadsAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var limit = (long)ClaimLimit.TotalMilliseconds;
        await db.Database.ExecuteSqlAsync($"SELECT set_config('idle_in_transaction_session_timeout', {limit.ToString(CultureInfo.InvariantCulture)}, true)", cancellationToken);
        return await db.OutboxMessages.FromSql($"""
            SELECT * FROM outbox_messages AS message
            WHERE message."ItemKey" IS NULL OR NOT EXISTS (
                SELECT 1 FROM outbox_messages AS earlier
                WHERE earlier."ItemKey" = message."ItemKey" AND earlier."Sequence" < message."Sequence")
            ORDER BY message."Sequence"
            LIMIT {_options.BatchSize}
            FOR UPDATE OF message SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Longer than any publish may wait for its confirmation, with time to delete the rows.</summary>
    private TimeSpan ClaimLimit => _options.PublishTimeout + TimeSpan.FromSeconds(10);

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = OutboxRelayTelemetry.StartRelay(message);
        var type = OutboxSerialization.ResolveType(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Body, type, OutboxSerialization.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Sequence} has an empty body.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // The token ends MassTransit's wait for a channel; a publish already written to one waits for
        // its confirmation whatever the token says, and a channel caught half-way through a reconnection
        // never answers. So the wait itself is bounded too: the row stays, and is sent again.
        await bus.Publish(payload, type, context => context.MessageId = message.MessageId, timeout.Token)
            .WaitAsync(_options.PublishTimeout, cancellationToken);
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

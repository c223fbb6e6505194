using MassTransit;
using RabbitMQ.Client;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// Moves one dead letter back to the endpoint it failed in: found by its message id in one of
/// this service's error queues, published to the endpoint's exchange (MassTransit names it like
/// the queue) with publisher confirms, and removed from the error queue only after the broker
/// confirmed the copy, so a failure at any step leaves the message where it was. A lost
/// acknowledgement after the confirm can leave it in both places; the consumer's inbox makes the
/// second delivery harmless. The endpoint comes from the queue's name, never from a header, so a
/// replay only ever reaches this service's own endpoints.
/// </summary>
internal sealed class DeadLetterReplay(DeadLetterQueues queues, OperationsBrokerConnection broker)
{
    /// <summary>How deep into one error queue a replay looks for the message.</summary>
    public const int MaxScanned = 10_000;

    /// <summary>
    /// Looks again this many times, a moment apart, before a message counts as not held: a listing
    /// that has just read it (its own, or another operator's at the same moment) holds it unseen
    /// until the broker has taken it back into its queue.
    /// </summary>
    public const int Attempts = 4;

    /// <summary>The dead letter replayed, or null when no error queue of this service holds it.</summary>
    public async Task<DeadLetter?> ReplayAsync(Guid messageId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (await TryReplayAsync(messageId, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            if (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }

        return null;
    }

    private async Task<DeadLetter?> TryReplayAsync(Guid messageId, CancellationToken cancellationToken)
    {
        foreach (var queue in queues.All)
        {
            await using var held = await HeldErrorQueue.OpenAsync(broker, queue, confirmPublishes: true, cancellationToken);
            for (var scanned = 0; held is not null && scanned < Math.Min(held.Waiting, MaxScanned); scanned++)
            {
                if (await held.TakeAsync(cancellationToken) is not { } message)
                {
                    break;
                }

                if (DeadLetterReader.MessageIdOf(message) == messageId)
                {
                    var deadLetter = DeadLetterReader.Read(queue, message);
                    await held.MoveToEndpointAsync(message, ReplayProperties(message));
                    return deadLetter;
                }
            }
        }

        return null;
    }

    /// <summary>The original properties and headers, less those that describe the failure: a new failure writes its own.</summary>
    private static BasicProperties ReplayProperties(BasicGetResult message)
    {
        var properties = new BasicProperties(message.BasicProperties);
        if (message.BasicProperties.Headers is { } headers)
        {
            properties.Headers = headers
                .Where(header => !IsFailureHeader(header.Key))
                .ToDictionary(header => header.Key, header => header.Value, StringComparer.Ordinal);
        }

        return properties;
    }

    private static bool IsFailureHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal)
        || name.StartsWith("MT-Host-", StringComparison.Ordinal)
        || name == MessageHeaders.Reason;
}

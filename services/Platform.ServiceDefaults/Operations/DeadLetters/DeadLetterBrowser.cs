namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// Lists dead letters without consuming them: each is taken unacknowledged and given back to its
/// place when the page is read. While a page is being read its messages are held for this
/// channel only, which is harmless in an error queue: nothing consumes from it.
/// </summary>
internal sealed class DeadLetterBrowser(OperationsBrokerConnection broker)
{
    public async Task<DeadLetterPage> PeekAsync(
        IReadOnlyList<ErrorQueue> queues, IReadOnlyList<ErrorQueue> skippedQueues, int pageSize, CancellationToken cancellationToken)
    {
        var counts = new List<ErrorQueueCount>();
        var items = new List<DeadLetter>();
        foreach (var queue in queues)
        {
            await using var held = await HeldErrorQueue.OpenAsync(broker, queue, confirmPublishes: false, cancellationToken);
            counts.Add(new ErrorQueueCount(queue.Name, queue.Endpoint, held?.Waiting ?? 0));
            while (held is not null && items.Count < pageSize && await held.TakeAsync(cancellationToken) is { } message)
            {
                items.Add(DeadLetterReader.Read(queue, message));
            }
        }

        var skipped = new List<ErrorQueueCount>();
        foreach (var queue in skippedQueues)
        {
            await using var held = await HeldErrorQueue.OpenAsync(broker, queue, confirmPublishes: false, cancellationToken);
            skipped.Add(new ErrorQueueCount(queue.Name, queue.Endpoint, held?.Waiting ?? 0));
        }

        return new DeadLetterPage(counts.Sum(count => count.Messages), pageSize, counts, items, skipped);
    }
}

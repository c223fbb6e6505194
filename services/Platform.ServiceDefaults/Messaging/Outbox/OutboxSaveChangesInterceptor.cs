using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Wakes the relay after a save that stored outbox rows. When the save ran inside an explicit
/// transaction the rows become visible only at commit; the relay then finds them on its next
/// poll, or when the committer signals (as the inbox filter does).
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context &&
            context.Database.CurrentTransaction is null &&
            context.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }
}

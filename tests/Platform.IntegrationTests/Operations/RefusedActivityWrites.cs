using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reporting.ReadModel.Activities;

namespace Platform.IntegrationTests.Operations;

/// <summary>
/// Makes the reporting read model refuse to store the activities with chosen titles, as a broken
/// database or a bug would, until the cause is fixed: the consumer fails on every retry and the
/// message ends in its endpoint's error queue.
/// </summary>
public sealed class RefusedActivityWrites : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<string, byte> _titles = new(StringComparer.Ordinal);

    public static string FaultMessage(string title) => $"The read model refused to store '{title}'.";

    public void Refuse(string title) => _titles[title] = 0;

    public void Fix(string title) => _titles.TryRemove(title, out _);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var refused = eventData.Context?.ChangeTracker.Entries<ActivityRecord>()
            .Select(entry => entry.Entity.Title)
            .FirstOrDefault(_titles.ContainsKey);
        return refused is null
            ? base.SavingChangesAsync(eventData, result, cancellationToken)
            : throw new InvalidOperationException(FaultMessage(refused));
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Inbox;

/// <summary>Inbox settings (section <c>Messaging:Inbox</c>).</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Messaging:Inbox";

    /// <summary>How long a handled message id is remembered; longer than any redelivery can take.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Forgets handled message ids once they are older than the retention period.</summary>
/// <remarks>
/// Every replica of a service runs it, and that is harmless: it is one DELETE of the rows past
/// the retention, so of two replicas cleaning at once each row goes once, and the later finds
/// nothing left. A message id younger than the retention is never touched, whoever cleans.
/// </remarks>
internal sealed partial class InboxCleaner(
    IServiceScopeFactory scopes,
    IEnumerable<IHandledMessageTrail> trails,
    IOptions<InboxOptions> options,
    TimeProvider clock,
    ILogger<InboxCleaner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
                var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
                var removed = await db.InboxMessages.Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                foreach (var trail in trails)
                {
                    removed += await trail.ForgetOlderThanAsync(db, cutoff, stoppingToken);
                }

                LogCleaned(logger, removed);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogCleanupFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbox cleanup removed {Count} rows of handled messages")]
    private static partial void LogCleaned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox cleanup failed; it runs again at the next interval")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}

using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Rows a service keeps per handled message beside the inbox's own (Reporting's activity intake):
/// the inbox cleaner forgets them past the same retention, in the same pass.
/// </summary>
public interface IHandledMessageTrail
{
    /// <summary>Removes the rows taken in before <paramref name="cutoff"/> (UTC); returns how many.</summary>
    Task<int> ForgetOlderThanAsync(ServiceDbContext db, DateTime cutoff, CancellationToken cancellationToken);
}

using PartnerLiaison.Coalitions;
using PartnerLiaison.Memberships;

namespace PartnerLiaison.Seeding;

/// <summary>
/// Writes the <see cref="InitialDirectory"/> at start, after migrations, through the same
/// registry as the API so that every entry is announced to the other services. It adds only
/// what is missing: an entry the team edited or retired stays as the team left it.
/// </summary>
/// <remarks>
/// Every replica runs it at start, and that is harmless: one that finds the directory written
/// adds nothing. Two replicas starting at once on a new database both write it in one save each;
/// the primary keys let one save through and fail the other whole, its announcements (outbox
/// rows) with it, and that replica keeps what the first wrote. So the directory is written, and
/// announced, once.
/// </remarks>
internal sealed partial class InitialDirectorySeeder(IServiceScopeFactory scopes, ILogger<InitialDirectorySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerLiaisonDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<OrganisationRegistry>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var known = (await db.Organisations.Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var (id, details) in InitialDirectory.Organisations.Where(seed => !known.Contains(seed.Id)))
        {
            registry.Register(id, details, author: null);
            added++;
        }

        if (await db.Organisations.FindAsync([InitialDirectory.EWasteCoalition], cancellationToken) is { Retired: false } coalitionEntry &&
            !await db.Coalitions.AnyAsync(c => c.Id == InitialDirectory.EWasteCoalition, cancellationToken))
        {
            var coalition = Coalition.Record(InitialDirectory.EWasteCoalition, InitialDirectory.EWaste, now);
            db.Coalitions.Add(coalition);
            outbox.Publish(CoalitionEvents.Changed(coalition, coalitionEntry));
            added++;
        }

        if (await db.Organisations.FindAsync([InitialDirectory.Iomc], cancellationToken) is { Retired: false } &&
            !await db.Memberships.AnyAsync(m => m.PartnerId == InitialDirectory.Iomc, cancellationToken))
        {
            var membership = Membership.Open(InitialDirectory.Iomc, InitialDirectory.IomcStanding, now);
            db.Memberships.Add(membership);
            outbox.Publish(MembershipEvents.Changed(membership));
            added++;
        }

        if (added == 0)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, added);
        }
        catch (DbUpdateException exception)
        {
            // Another instance starting at the same moment wrote it first; its entries stand.
            db.ChangeTracker.Clear();
            if (!await db.Organisations.AnyAsync(o => o.Id == InitialDirectory.Iomc, cancellationToken))
            {
                throw;
            }

            LogSeededElsewhere(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Initial partner directory written: {Count} records added")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Initial partner directory not written: another instance wrote it first")]
    private static partial void LogSeededElsewhere(ILogger logger, Exception exception);
}

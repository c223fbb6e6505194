using Microsoft.EntityFrameworkCore.Infrastructure;
using Platform.ServiceDefaults.Messaging.Inbox;
using Platform.ServiceDefaults.Messaging.Outbox;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Base of every service's database context: it carries the outbox and inbox tables, so that an
/// event is stored in the same transaction as the change that caused it and a consumed message
/// is remembered in the same transaction as its effect.
/// </summary>
/// <remarks>
/// On SQLite a save outside an explicit transaction, and every <see cref="InTransactionAsync{T}"/>,
/// commits together with the writes of other units of work that run at the same time
/// (<see cref="SqliteGroupCommit"/>); it still returns only once its changes are committed.
/// </remarks>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    private SqliteGroupCommit? _groupCommit;
    private bool _groupCommitResolved;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null || GroupCommit is not { } group)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var saved = await group.RunAsync(this, token => base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token), cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <summary>
    /// Runs <paramref name="work"/> (reads, changes and saves through this context) as one
    /// transaction, committed before this returns; nothing of it is kept when it throws.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (GroupCommit is { } group)
        {
            return await group.RunAsync(this, work, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new StringListComparison());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }

    /// <summary>The service's group commit when it runs on SQLite (registered by <c>AddServiceDatabase</c>); null on PostgreSQL.</summary>
    private SqliteGroupCommit? GroupCommit
    {
        get
        {
            if (!_groupCommitResolved)
            {
                var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
                _groupCommit = services?.GetService<SqliteGroupCommit>();
                _groupCommitResolved = true;
            }

            return _groupCommit;
        }
    }
}

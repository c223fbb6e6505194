using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Applies the provider's versioned migrations when the service starts. Registered before the
/// bus, so no message is consumed against an old schema.
/// </summary>
/// <remarks>
/// Every replica runs it at start, and the migrations are applied once. EF Core's own migration
/// lock does not cover replicas starting together on a new PostgreSQL database: Npgsql locks the
/// history table (<c>LOCK TABLE "__EFMigrationsHistory" IN ACCESS EXCLUSIVE MODE</c>) per
/// migration, and two replicas that both read an empty history apply the first migration twice,
/// the second failing on the history's key. So on PostgreSQL the whole migration runs under a
/// session advisory lock: the later replicas wait, then find nothing left to apply. On SQLite
/// EF Core's <c>__EFMigrationsLock</c> table serialises them, and a SQLite file belongs to one
/// process anyway.
/// </remarks>
internal sealed partial class DatabaseMigrator<TContext>(IServiceProvider services, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : ServiceDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString());
            await db.Database.MigrateAsync(cancellationToken);
            // Write-ahead logging lets readers proceed while the outbox relay or a consumer writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            // A session lock on the connection the migrations run on: replicas starting together
            // apply them one after the other (see the remarks).
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        LogMigrated(logger, typeof(TContext).Name, db.Database.ProviderName ?? "?");
    }

    /// <summary>The advisory lock migrations take on PostgreSQL; advisory locks are per database, and each service has its own.</summary>
    private const long MigrationLockKey = 0x4252_535F_4D49_4752; // "BRS_MIGR"

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} migrated ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string context, string provider);
}

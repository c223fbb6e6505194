using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Applies the provider's versioned migrations when the service starts. Registered before the
/// bus, so no message is consumed against an old schema.
/// </summary>
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
            await db.Database.MigrateAsync(cancellationToken);
        }

        LogMigrated(logger, typeof(TContext).Name, db.Database.ProviderName ?? "?");
    }

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

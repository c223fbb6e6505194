using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Saves a change another writer may have made first. When a concurrency token no longer holds
/// its expected value, or a key the change inserts was stored meanwhile, nothing of the change
/// is saved (its outbox rows neither) and the context is cleared, so that the caller can read
/// what won and answer from that.
/// </summary>
public static class ConcurrentSave
{
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    /// <summary>False when another writer came first.</summary>
    public static async Task<bool> TrySaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsDuplicateKey(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Saves a change to a versioned record: null once saved, else the 409 naming the version
    /// that won, which <paramref name="currentVersion"/> reads from the store after the context
    /// is cleared.
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveVersionedAsync(
        this DbContext db, Func<CancellationToken, Task<int?>> currentVersion, CancellationToken cancellationToken)
    {
        if (await TrySaveAsync(db, cancellationToken))
        {
            return null;
        }

        return await currentVersion(cancellationToken) is { } current
            ? Conflicts.StaleVersion(current)
            : Conflicts.Because("The record is gone.", "It was removed while your change was being saved.");
    }

    // Only a duplicate key means another writer: a foreign key or a too-long value is a fault to surface.
    private static bool IsDuplicateKey(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

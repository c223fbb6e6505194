using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Conventions;

/// <summary>
/// Saves a change another writer may have made first: false when a concurrency token no longer
/// holds its expected value, or a key the change inserts was stored meanwhile. Nothing of the
/// change is saved (its outbox rows neither), and the context is cleared so that the caller can
/// read what won and answer from that.
/// </summary>
internal static class ConcurrentSave
{
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

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

    // Only a duplicate key means another writer: a foreign key or a too-long value is a fault to surface.
    private static bool IsDuplicateKey(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

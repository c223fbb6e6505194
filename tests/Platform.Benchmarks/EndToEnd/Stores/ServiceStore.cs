using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Benchmarks.EndToEnd.Stores;

/// <summary>
/// The benchmark's own look into a service's database while the service runs: how many rows a table
/// holds, and which activities Reporting's read model shows. Read-only queries on a connection of its
/// own, a few a second: they watch the hot paths, they are not on them.
/// </summary>
internal abstract class ServiceStore(DbConnection connection) : IAsyncDisposable
{
    protected DbConnection Connection { get; } = connection;

    public abstract DatabaseProvider Provider { get; }

    public static async Task<ServiceStore> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        ServiceStore store = DatabaseProviders.FromConnectionString(connectionString) == DatabaseProvider.PostgreSql
            ? new PostgresStore(new NpgsqlConnection(connectionString))
            : new SqliteStore(new SqliteConnection(connectionString));
        await store.Connection.OpenAsync(cancellationToken);
        return store;
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Activities now in the read model (Reporting's <c>activities</c>) among <paramref name="pending"/>, oldest
    /// first; a store that can list what was added since its last look returns all of that instead.
    /// </summary>
    public abstract Task<IReadOnlyList<Guid>> VisibleActivitiesAsync(IReadOnlyList<Guid> pending, CancellationToken cancellationToken);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    protected static Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        Guid guid => guid,
        string text => Guid.Parse(text),
        byte[] bytes => new Guid(bytes),
        var other => throw new InvalidOperationException($"An activity id stored as {other.GetType()}."),
    };
}

/// <summary>A SQLite file, read beside the service in WAL mode (readers do not block its writer).</summary>
internal sealed class SqliteStore(SqliteConnection connection) : ServiceStore(connection)
{
    private long _lastRow = -1;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Rows are appended with growing row ids: what came after the last row seen, whatever is pending.</summary>
    public override async Task<IReadOnlyList<Guid>> VisibleActivitiesAsync(IReadOnlyList<Guid> pending, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        if (_lastRow < 0)
        {
            command.CommandText = "SELECT COALESCE(MAX(rowid), 0) FROM activities";
            _lastRow = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return [];
        }

        command.CommandText = """SELECT rowid, "ActivityId" FROM activities WHERE rowid > $last ORDER BY rowid LIMIT 20000""";
        command.Parameters.Add(new SqliteParameter("$last", _lastRow));
        var found = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _lastRow = reader.GetInt64(0);
            found.Add(ReadGuid(reader, 1));
        }

        return found;
    }
}

/// <summary>A PostgreSQL database, and the counters of its server that say how much was written in how many transactions.</summary>
internal sealed class PostgresStore(NpgsqlConnection connection) : ServiceStore(connection)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task<IReadOnlyList<Guid>> VisibleActivitiesAsync(IReadOnlyList<Guid> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand("""SELECT "ActivityId" FROM activities WHERE "ActivityId" = ANY($1)""", (NpgsqlConnection)Connection);
        command.Parameters.Add(new NpgsqlParameter { Value = pending.ToArray() });
        var found = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetGuid(0));
        }

        return found;
    }

    /// <summary>
    /// The next transaction id the server will hand out. Only a transaction that writes gets one, so the
    /// difference between two readings counts the server's writing transactions in between (all of them:
    /// which is why each service gets a server of its own here).
    /// </summary>
    public async Task<long> NextTransactionIdAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint", (NpgsqlConnection)Connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Rows written since the server handed out <paramref name="fromTransaction"/>, grouped by the transaction
    /// that wrote each (its <c>xmin</c>): how many rows, in how many transactions. A row's current version
    /// counts once, inserted or updated; a deleted row is gone and not counted. EF Core saves inside a
    /// transaction of the caller's under a savepoint, whose own id the rows carry: one save, one group.
    /// </summary>
    public async Task<(long Rows, long Transactions, IReadOnlyDictionary<string, long> RowsByTable)> RowsWrittenSinceAsync(
        long fromTransaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name",
            (NpgsqlConnection)Connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var byTransaction = new Dictionary<long, long>();
        var byTable = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT xmin::text::bigint, COUNT(*) FROM \"{table}\" WHERE xmin::text::bigint >= $1 GROUP BY 1", (NpgsqlConnection)Connection);
            command.Parameters.Add(new NpgsqlParameter { Value = fromTransaction });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (transaction, rows) = (reader.GetInt64(0), reader.GetInt64(1));
                byTransaction[transaction] = byTransaction.GetValueOrDefault(transaction) + rows;
                byTable[table] = byTable.GetValueOrDefault(table) + rows;
            }
        }

        return (byTransaction.Values.Sum(), byTransaction.Count, byTable);
    }
}

using Microsoft.Data.Sqlite;

namespace Platform.FaultTests.Harness;

/// <summary>One change Reporting's read model took in (its <c>activity_intake</c>), in the order it took them in.</summary>
internal sealed record TakenChange(long Sequence, Guid Activity, int Version, Guid MessageId, bool Changed);

/// <summary>
/// The suite's read-only look into the services' SQLite files while they run (WAL: a reader does not
/// block the writer): each source's activities, Reporting's read model and the changes it took in,
/// and the partner-liaison view. Each look opens a connection of its own and closes it.
/// </summary>
internal sealed class Stores(Func<string, string> databasePath)
{
    /// <summary>
    /// Version of every activity whose title starts with <paramref name="prefix"/> (a case's activities), in a
    /// convention service's own table or in a view's (Reporting's read model, the partner-liaison view).
    /// </summary>
    public Task<Dictionary<Guid, int>> VersionsTitledAsync(string service, string prefix) =>
        ReadAsync(service,
            $"""SELECT "{(service is PlatformServices.Reporting or PlatformServices.PartnerLiaison ? "ActivityId" : "Id")}", "Version" FROM activities WHERE substr("Title", 1, {prefix.Length.ToString(CultureInfo.InvariantCulture)}) = '{prefix.Replace("'", "''", StringComparison.Ordinal)}'""",
            reader => (reader.GetGuid(0), reader.GetInt32(1)),
            rows => rows.ToDictionary(row => row.Item1, row => row.Item2));

    /// <summary>The last change Reporting took in so far (0: none).</summary>
    public Task<long> LastChangeAsync() =>
        ReadAsync(PlatformServices.Reporting, """SELECT COALESCE(MAX("Sequence"), 0) FROM activity_intake""", reader => reader.GetInt64(0), rows => rows.Single());

    /// <summary>The changes Reporting took in after <paramref name="after"/>, in order.</summary>
    public Task<List<TakenChange>> ChangesAfterAsync(long after) =>
        ReadAsync(PlatformServices.Reporting,
            $"""SELECT "Sequence", "ActivityId", "SnapshotVersion", "MessageId", "Changed" FROM activity_intake WHERE "Sequence" > {after.ToString(CultureInfo.InvariantCulture)} ORDER BY "Sequence" """,
            reader => new TakenChange(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt32(2), reader.GetGuid(3), reader.GetBoolean(4)),
            rows => rows.ToList());

    /// <summary>How many changes Reporting took in after <paramref name="after"/>.</summary>
    public Task<long> CountChangesAfterAsync(long after) =>
        ReadAsync(PlatformServices.Reporting,
            $"""SELECT COUNT(*) FROM activity_intake WHERE "Sequence" > {after.ToString(CultureInfo.InvariantCulture)}""",
            reader => reader.GetInt64(0), rows => rows.Single());

    /// <summary>Rows of <paramref name="table"/> in <paramref name="service"/>'s database.</summary>
    public Task<long> CountAsync(string service, string table) =>
        ReadAsync(service, $"SELECT COUNT(*) FROM {table}", reader => reader.GetInt64(0), rows => rows.Single());

    /// <summary>Runs <paramref name="sql"/> on <paramref name="service"/>'s database, as another process would (a DBA's change, say).</summary>
    public async Task ExecuteAsync(string service, string sql)
    {
        await using var db = await OpenForWritingAsync(service);
        await ExecuteAsync(db, sql);
    }

    /// <summary>
    /// Locks <paramref name="service"/>'s database from this process (<c>BEGIN EXCLUSIVE</c>): no one else
    /// writes to it until the lock is disposed.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(string service)
    {
        var db = await OpenForWritingAsync(service);
        await ExecuteAsync(db, "BEGIN EXCLUSIVE");
        return new DatabaseLock(db);
    }

    private async Task<SqliteConnection> OpenForWritingAsync(string service)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath(service), Pooling = false }.ConnectionString);
        await db.OpenAsync();
        return db;
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 30;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<TResult> ReadAsync<TRow, TResult>(
        string service, string sql, Func<SqliteDataReader, TRow> read, Func<IEnumerable<TRow>, TResult> result)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = databasePath(service), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var db = new SqliteConnection(connection.ConnectionString);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 30;
        var rows = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return result(rows);
    }

    private sealed class DatabaseLock(SqliteConnection db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(db, "ROLLBACK");
            await db.DisposeAsync();
        }
    }
}

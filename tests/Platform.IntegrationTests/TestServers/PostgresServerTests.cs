using Npgsql;

namespace Platform.IntegrationTests.TestServers;

public sealed class PostgresServerTests(SharedPostgres postgres)
{
    [Fact]
    public async Task Each_created_database_is_a_separate_database_you_can_create_tables_in()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await postgres.Server.CreateDatabaseAsync(ct: ct);
        var second = await postgres.Server.CreateDatabaseAsync(ct: ct);

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);

        await ExecuteAsync(first, "CREATE TABLE orders (id int PRIMARY KEY, item text NOT NULL)", ct);
        await ExecuteAsync(first, "INSERT INTO orders VALUES (1, 'widget')", ct);
        await ExecuteAsync(second, "CREATE TABLE orders (id int PRIMARY KEY, item text NOT NULL)", ct);

        Assert.Equal(1L, await ScalarAsync(first, "SELECT count(*) FROM orders", ct));
        Assert.Equal(0L, await ScalarAsync(second, "SELECT count(*) FROM orders", ct));
    }

    [Fact]
    public async Task Created_database_has_the_requested_name()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = $"named_{Guid.NewGuid():N}";

        var connectionString = await postgres.Server.CreateDatabaseAsync(name, ct);

        Assert.Equal(name, await ScalarAsync(connectionString, "SELECT current_database()", ct));
    }

    [Fact]
    public async Task Database_names_that_would_need_escaping_are_refused()
    {
        var server = postgres.Server;

        await Assert.ThrowsAsync<ArgumentException>(() => server.CreateDatabaseAsync("x\"; DROP DATABASE postgres; --", TestContext.Current.CancellationToken));
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }
}

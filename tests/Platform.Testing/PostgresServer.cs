using System.Text.RegularExpressions;
using Npgsql;
using Platform.Testing.Internal;
using Testcontainers.PostgreSql;

namespace Platform.Testing;

/// <summary>
/// A PostgreSQL server for tests, handing out a fresh database per call of <see cref="CreateDatabaseAsync"/>.
/// <see cref="StartAsync"/> takes the first of:
/// <list type="number">
/// <item>the server named by the environment variable <c>PLATFORM_TEST_POSTGRES</c> (an Npgsql connection string
/// for a role that may create databases);</item>
/// <item>a private server started from the locally installed PostgreSQL binaries (own temp dir, free loopback
/// port, ended by a watchdog if the test process dies);</item>
/// <item>a Testcontainers container when a Docker engine answers;</item>
/// </list>
/// and otherwise throws <see cref="TestServerUnavailableException"/> saying how to get one.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    /// <summary>Environment variable holding an Npgsql connection string of a server to use instead of starting one.</summary>
    public const string EnvironmentVariable = "PLATFORM_TEST_POSTGRES";

    /// <summary>Image used when the server comes from Testcontainers.</summary>
    public const string ContainerImage = "postgres:15-alpine";

    private readonly PrivatePostgres? privateServer;
    private readonly PostgreSqlContainer? container;
    private readonly NpgsqlDataSource admin;
    private readonly List<string> created = [];
    private readonly Lock createdGate = new();

    private PostgresServer(string adminConnectionString, string source, string description, PrivatePostgres? privateServer, PostgreSqlContainer? container)
    {
        AdminConnectionString = adminConnectionString;
        Source = source;
        Description = description;
        this.privateServer = privateServer;
        this.container = container;
        admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(adminConnectionString) { MaxPoolSize = 4 }.ConnectionString);
    }

    /// <summary>Connection string for the server's maintenance database (as given by the source).</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server came from: one of the <see cref="TestServerSource"/> values.</summary>
    public string Source { get; }

    /// <summary>A human-readable account of the server (source, address, data directory).</summary>
    public string Description { get; }

    /// <summary>Starts or finds a server; see the type's summary for the order.</summary>
    /// <exception cref="TestServerUnavailableException">No server could be had.</exception>
    public static Task<PostgresServer> StartAsync(CancellationToken ct = default) => StartAsync(durable: false, ct);

    /// <summary>
    /// Starts or finds a server; see the type's summary for the order. A <paramref name="durable"/> private server
    /// keeps PostgreSQL's own durability (fsync, synchronous commit, full page writes), for measurements whose
    /// figures must hold in production; otherwise it is switched off, which tests do not need.
    /// </summary>
    /// <exception cref="TestServerUnavailableException">No server could be had.</exception>
    public static async Task<PostgresServer> StartAsync(bool durable, CancellationToken ct = default)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return await FromEnvironmentAsync(fromEnvironment.Trim(), ct).ConfigureAwait(false);
        }

        var search = new ServerSearch<PostgresServer>(EnvironmentVariable, ct);
        var installed = PrivatePostgres.IsInstalled(out var binDirectory, out var notInstalled);
        return await search.PrivateAsync(installed, notInstalled, $"a private server from {binDirectory}", async () =>
            {
                var server = await StartPrivateServerAsync(binDirectory, durable, ct).ConfigureAwait(false);
                return new PostgresServer(
                    server.AdminConnectionString,
                    TestServerSource.Private,
                    $"private{(durable ? " durable" : "")} PostgreSQL server from {server.BinDirectory} at 127.0.0.1:{server.Port} (data in {server.Directory})",
                    server,
                    null);
            }).ConfigureAwait(false)
            ?? await search.ContainerAsync(ContainerImage, () => new PostgreSqlBuilder(ContainerImage).Build(), (started, dockerReason) =>
                new PostgresServer(started.GetConnectionString(), TestServerSource.Container, $"Testcontainers container {ContainerImage} ({dockerReason})", null, started))
                .ConfigureAwait(false)
            ?? throw search.Unavailable("PostgreSQL server",
            [
                "install PostgreSQL locally: sudo apt-get install -y postgresql (the tests run a private server from"
                + $" {PrivatePostgres.BinariesRoot}/<version>/bin; the system service need not run)",
                $"set {EnvironmentVariable} to an Npgsql connection string for a role that may create databases,"
                + " e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres",
                $"start a Docker engine, so that Testcontainers can run {ContainerImage}",
            ]);
    }

    /// <summary>
    /// Creates an empty database and returns an Npgsql connection string for it
    /// (<c>Host=127.0.0.1;Port=…;Database=…;Username=postgres</c>). Without a name, a unique one is chosen.
    /// </summary>
    /// <param name="name">Letters, digits and underscores, starting with a letter or underscore, at most 63 characters.</param>
    /// <param name="ct">Cancels the creation.</param>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken ct = default)
    {
        name ??= $"test_{Guid.NewGuid():N}";
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a usable database name: use letters, digits and underscores, starting with a letter or underscore, at most 63 characters.",
                nameof(name));
        }

        await using (var command = admin.CreateCommand($"CREATE DATABASE \"{name}\""))
        {
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        lock (createdGate)
        {
            created.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Source == TestServerSource.Environment)
        {
            // Someone else's server: leave it as we found it.
            List<string> names;
            lock (createdGate)
            {
                names = [.. created];
            }

            foreach (var name in names)
            {
                try
                {
                    await using var command = admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
                catch (NpgsqlException)
                {
                    // Best effort.
                }
            }
        }

        await admin.DisposeAsync().ConfigureAwait(false);

        if (privateServer is not null)
        {
            await privateServer.DisposeAsync().ConfigureAwait(false);
        }

        if (container is not null)
        {
            await container.DisposeAsync().ConfigureAwait(false);
        }
    }

    public override string ToString() => Description;

    private static async Task<PostgresServer> FromEnvironmentAsync(string connectionString, CancellationToken ct)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new TestServerUnavailableException(
                $"{EnvironmentVariable} must be an Npgsql connection string such as Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres: {ex.Message}",
                ex);
        }

        builder.Database ??= "postgres";
        var redacted = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null }.ConnectionString;
        // The server may still be starting (e.g. a CI service container): retry for a while.
        var probe = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ConnectionString;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(ct).ConfigureAwait(false);
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TestServerUnavailableException(
                        $"{EnvironmentVariable} names {redacted}, but no connection could be opened: {ex.Message}."
                        + $" Start that server or unset {EnvironmentVariable} to let the tests start their own.",
                        ex);
                }
            }

            await Task.Delay(500, ct).ConfigureAwait(false);
        }

        return new PostgresServer(builder.ConnectionString, TestServerSource.Environment, $"PostgreSQL server from {EnvironmentVariable} ({redacted})", null, null);
    }

    private static async Task<PrivatePostgres> StartPrivateServerAsync(string binDirectory, bool durable, CancellationToken ct)
    {
        try
        {
            return await PrivatePostgres.StartAsync(binDirectory, durable, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Once more with a fresh port: one picked as free may have been taken before the server bound it.
            return await PrivatePostgres.StartAsync(binDirectory, durable, ct).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}

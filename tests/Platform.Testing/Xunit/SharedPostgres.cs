namespace Platform.Testing;

/// <summary>
/// One PostgreSQL server shared by a test assembly:
/// <c>[assembly: AssemblyFixture(typeof(SharedPostgres))]</c>, then take <see cref="SharedPostgres"/> as a
/// constructor parameter and give each test its own database with
/// <c>await postgres.Server.CreateDatabaseAsync()</c>. When no server can be had, each test
/// that touches <see cref="Server"/> is skipped (failed on CI) with the reason.
/// </summary>
public sealed class SharedPostgres() : SharedTestServer<PostgresServer>("PostgreSQL server")
{
    /// <summary>The shared server; skips (on CI: fails) the calling test when there is none.</summary>
    public PostgresServer Server => Started;

    protected override Task<PostgresServer> StartAsync(CancellationToken cancellationToken) => PostgresServer.StartAsync(cancellationToken);

    protected override string Describe(PostgresServer server) => server.Description;
}

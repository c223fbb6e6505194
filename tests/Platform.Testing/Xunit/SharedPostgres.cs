using Xunit;

namespace Platform.Testing;

/// <summary>
/// One PostgreSQL server shared by a test assembly:
/// <c>[assembly: AssemblyFixture(typeof(SharedPostgres))]</c>, then take <see cref="SharedPostgres"/> as a
/// constructor parameter and give each test its own database with
/// <c>await postgres.Server.CreateDatabaseAsync()</c>. Starting never throws: when no server can be had, each test
/// that touches <see cref="Server"/> is skipped (failed on CI) with the reason.
/// </summary>
public sealed class SharedPostgres : IAsyncLifetime
{
    private PostgresServer? server;
    private string unavailableReason = "The shared PostgreSQL server has not been started (is SharedPostgres registered as an assembly fixture?).";

    /// <summary>The shared server; skips (on CI: fails) the calling test when there is none.</summary>
    public PostgresServer Server
    {
        get
        {
            if (server is null)
            {
                TestServerAvailability.SkipOrFail(unavailableReason);
            }

            return server;
        }
    }

    /// <summary>True when a server was started.</summary>
    public bool IsAvailable => server is not null;

    /// <summary>Why there is no server, or null when there is one.</summary>
    public string? UnavailableReason => server is null ? unavailableReason : null;

    public async ValueTask InitializeAsync()
    {
        try
        {
            server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
            TestServerAvailability.Report($"PostgreSQL: {server.Description}");
        }
        catch (Exception ex)
        {
            unavailableReason = ex is TestServerUnavailableException ? ex.Message : $"Starting the shared PostgreSQL server failed: {ex}";
            TestServerAvailability.Report($"PostgreSQL unavailable: {unavailableReason}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            server = null;
        }
    }
}

using Xunit;

namespace Platform.Testing;

/// <summary>
/// One test server shared by a test assembly, registered with
/// <c>[assembly: AssemblyFixture(typeof(...))]</c>. Starting never throws: when no server can be
/// had, each test that touches it is skipped (failed on CI) with the reason.
/// </summary>
public abstract class SharedTestServer<TServer>(string what) : IAsyncLifetime
    where TServer : class, IAsyncDisposable
{
    private TServer? _server;
    private string? _unavailableReason;

    /// <summary>True when a server was started.</summary>
    public bool IsAvailable => _server is not null;

    /// <summary>Why there is no server, or null when there is one.</summary>
    public string? UnavailableReason => _server is null
        ? _unavailableReason ?? $"The shared {what} has not been started (is {GetType().Name} registered as an assembly fixture?)."
        : null;

    /// <summary>The shared server; skips (on CI: fails) the calling test when there is none.</summary>
    protected TServer Started
    {
        get
        {
            if (_server is null)
            {
                TestServerAvailability.SkipOrFail(UnavailableReason!);
            }

            return _server;
        }
    }

    protected abstract Task<TServer> StartAsync(CancellationToken cancellationToken);

    /// <summary>Where the started server came from, for the test log.</summary>
    protected abstract string Describe(TServer server);

    public async ValueTask InitializeAsync()
    {
        try
        {
            _server = await StartAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
            TestServerAvailability.Report($"{what}: {Describe(_server)}");
        }
        catch (Exception ex)
        {
            _unavailableReason = ex is TestServerUnavailableException ? ex.Message : $"Starting the shared {what} failed: {ex}";
            TestServerAvailability.Report($"{what} unavailable: {_unavailableReason}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        GC.SuppressFinalize(this);
    }
}

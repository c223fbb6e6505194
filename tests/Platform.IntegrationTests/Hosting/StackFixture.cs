namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// One platform stack per test class, on its own virtual host of the shared broker so that
/// stacks running in parallel never consume each other's messages. When no broker can be had,
/// each test is skipped (failed on CI) with the reason, never the fixture.
/// </summary>
public abstract class StackFixture(SharedRabbitMq rabbitMq) : IAsyncLifetime
{
    private PlatformStack? _stack;
    private string? _unavailable;

    public PlatformStack Stack
    {
        get
        {
            if (_stack is null)
            {
                TestServerAvailability.SkipOrFail(_unavailable ?? "The platform stack did not start.");
            }

            return _stack;
        }
    }

    /// <summary>Whether the stack runs, for a fixture that stores data once it does.</summary>
    protected bool IsStarted => _stack is not null;

    protected virtual IReadOnlyCollection<string> Services => PlatformServices.All;

    protected virtual PlatformStackOptions Customize(PlatformStackOptions options) => options;

    public virtual async ValueTask InitializeAsync()
    {
        if (!rabbitMq.IsAvailable)
        {
            _unavailable = rabbitMq.UnavailableReason;
            return;
        }

        var virtualHost = await rabbitMq.Broker.CreateVirtualHostAsync(TestContext.Current.CancellationToken);
        _stack = PlatformStack.Start(Customize(new PlatformStackOptions { RabbitMq = virtualHost, Services = Services }));
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}

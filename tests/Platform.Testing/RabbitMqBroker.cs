using Platform.Testing.Internal;
using Testcontainers.RabbitMq;

namespace Platform.Testing;

/// <summary>
/// A RabbitMQ broker for tests. <see cref="StartAsync"/> takes the first of:
/// <list type="number">
/// <item>the broker named by the environment variable <c>PLATFORM_TEST_RABBITMQ</c> (an amqp URI);</item>
/// <item>a private node started from the locally installed <c>rabbitmq-server</c> package (own temp dir, free
/// loopback ports, ended by a watchdog if the test process dies);</item>
/// <item>a Testcontainers container when a Docker engine answers;</item>
/// </list>
/// and otherwise throws <see cref="TestServerUnavailableException"/> saying how to get one.
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>Environment variable holding the amqp URI of a broker to use instead of starting one.</summary>
    public const string EnvironmentVariable = "PLATFORM_TEST_RABBITMQ";

    /// <summary>Image used when the broker comes from Testcontainers.</summary>
    public const string ContainerImage = "rabbitmq:3.13-alpine";

    private readonly PrivateRabbitMqNode? node;
    private readonly RabbitMqContainer? container;
    private readonly List<string> virtualHosts = [];
    private readonly Lock virtualHostsGate = new();

    private RabbitMqBroker(string connectionString, string source, string description, PrivateRabbitMqNode? node, RabbitMqContainer? container)
    {
        ConnectionString = connectionString;
        Source = source;
        Description = description;
        this.node = node;
        this.container = container;
    }

    /// <summary>The broker's amqp URI, e.g. <c>amqp://guest:guest@127.0.0.1:40123/</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the broker came from: one of the <see cref="TestServerSource"/> values.</summary>
    public string Source { get; }

    /// <summary>A human-readable account of the broker (source, address, data directory).</summary>
    public string Description { get; }

    /// <summary>True for a private node: <see cref="StopAsync"/> and <see cref="RestartAsync"/> work.</summary>
    public bool CanRestart => node is not null;

    /// <summary>For a private node, its server process while it runs (whose session holds the whole node).</summary>
    internal int? NodeProcessId => node?.ProcessId;

    /// <summary>Starts or finds a broker; see the type's summary for the order.</summary>
    /// <exception cref="TestServerUnavailableException">No broker could be had.</exception>
    public static async Task<RabbitMqBroker> StartAsync(CancellationToken ct = default)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return await FromEnvironmentAsync(fromEnvironment.Trim(), ct).ConfigureAwait(false);
        }

        var search = new ServerSearch<RabbitMqBroker>(EnvironmentVariable, ct);
        var installed = PrivateRabbitMqNode.IsInstalled(out var notInstalled);
        return await search.PrivateAsync(installed, notInstalled, $"a private node from {PrivateRabbitMqNode.ServerScript}", async () =>
            {
                var privateNode = await StartPrivateNodeAsync(ct).ConfigureAwait(false);
                return new RabbitMqBroker(
                    privateNode.ConnectionString,
                    TestServerSource.Private,
                    $"private RabbitMQ node {privateNode.NodeName} from {PrivateRabbitMqNode.ServerScript} at 127.0.0.1:{privateNode.AmqpPort} (data in {privateNode.Directory})",
                    privateNode,
                    null);
            }).ConfigureAwait(false)
            ?? await search.ContainerAsync(ContainerImage, () => new RabbitMqBuilder(ContainerImage).Build(), (started, dockerReason) =>
                new RabbitMqBroker(started.GetConnectionString(), TestServerSource.Container, $"Testcontainers container {ContainerImage} ({dockerReason})", null, started))
                .ConfigureAwait(false)
            ?? throw search.Unavailable("RabbitMQ broker",
            [
                "install RabbitMQ locally: sudo apt-get install -y rabbitmq-server (the tests start a private node"
                + $" from {PrivateRabbitMqNode.ServerScript}; the system service need not run)",
                $"set {EnvironmentVariable} to the amqp URI of a broker you run, e.g. amqp://guest:guest@127.0.0.1:5672/",
                $"start a Docker engine, so that Testcontainers can run {ContainerImage}",
            ]);
    }

    /// <summary>
    /// Stops the broker, so that clients lose their connections and new ones are refused. Returns when the AMQP
    /// port is closed and the broker's processes are gone. Only for a private node (<see cref="CanRestart"/>).
    /// </summary>
    public Task StopAsync(CancellationToken ct = default) => RequireNode().StopAsync(ct);

    /// <summary>
    /// Starts the broker again on the same port with the same data directory (stopping it first if it runs) and
    /// returns when it accepts AMQP connections. Only for a private node (<see cref="CanRestart"/>).
    /// </summary>
    public Task RestartAsync(CancellationToken ct = default) => RequireNode().RestartAsync(ct);

    /// <summary>
    /// Kills the broker outright (SIGKILL to every process of the node, as a crash or the OOM killer would) and
    /// returns when its AMQP port is closed; <see cref="RestartAsync"/> brings it back on the data the crash left.
    /// Only for a private node (<see cref="CanRestart"/>).
    /// </summary>
    public Task KillAsync(CancellationToken ct = default) => RequireNode().KillAsync(ct);

    /// <summary>
    /// Freezes the broker (SIGSTOP to every process of the node): connections stay open and nothing answers, as
    /// with a host that hangs. <see cref="Resume"/> continues it. Only for a private node (<see cref="CanRestart"/>).
    /// </summary>
    public void Pause() => RequireNode().Freeze(frozen: true);

    /// <summary>Continues a broker <see cref="Pause"/> froze.</summary>
    public void Resume() => RequireNode().Freeze(frozen: false);

    /// <summary>
    /// Sets the memory high watermark at run time (<c>rabbitmqctl set_vm_memory_high_watermark</c>): a tiny
    /// fraction raises the memory alarm, which blocks every publishing connection; 0.4, the default, clears it.
    /// Only for a private node (<see cref="CanRestart"/>).
    /// </summary>
    public Task SetMemoryHighWatermarkAsync(double fraction, CancellationToken ct = default) =>
        RequireNode().SetMemoryHighWatermarkAsync(fraction, ct);

    /// <summary>How many client connections and channels the broker holds now. Only for a private node (<see cref="CanRestart"/>).</summary>
    public Task<(int Connections, int Channels)> CountConnectionsAsync(CancellationToken ct = default) =>
        RequireNode().CountConnectionsAsync(ct);

    /// <summary>The processes of a private node while it runs (its Erlang VM among them), for their resident memory.</summary>
    public IReadOnlyList<int> NodeProcesses => node?.ProcessId is { } leader ? Posix.LiveProcessTree(leader) : [];

    /// <summary>
    /// Creates a virtual host of its own (full permissions for the broker's user) and returns the amqp URI for
    /// it, e.g. <c>amqp://guest:guest@127.0.0.1:40123/test-…</c>. Gives parallel tests that share the broker
    /// queues and exchanges that never meet. A private node or container is asked through rabbitmqctl; a broker
    /// from <c>PLATFORM_TEST_RABBITMQ</c> through its management API (http://host:15672, or the URL in
    /// <c>PLATFORM_TEST_RABBITMQ_MANAGEMENT</c>), and its virtual hosts are deleted again on dispose.
    /// </summary>
    /// <exception cref="TestServerUnavailableException">The broker from the environment has no reachable management API.</exception>
    public async Task<string> CreateVirtualHostAsync(CancellationToken ct = default)
    {
        var name = $"test-{Guid.NewGuid():N}";
        var uri = new Uri(ConnectionString);
        var (user, _) = ManagementApi.Credentials(uri);
        if (node is not null)
        {
            await node.CreateVirtualHostAsync(name, user, ct).ConfigureAwait(false);
        }
        else if (container is not null)
        {
            foreach (var command in new[] { new[] { "rabbitmqctl", "add_vhost", name }, ["rabbitmqctl", "set_permissions", "-p", name, user, ".*", ".*", ".*"] })
            {
                var result = await container.ExecAsync(command, ct).ConfigureAwait(false);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{string.Join(' ', command)} failed in the container with code {result.ExitCode}: {result.Stderr}{result.Stdout}");
                }
            }
        }
        else
        {
            using var api = new ManagementApi(uri);
            try
            {
                await api.CreateVirtualHostAsync(name, user, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                throw new TestServerUnavailableException(
                    $"Creating a virtual host on the broker from {EnvironmentVariable} needs its management API (rabbitmq_management plugin) at {api.BaseAddress};"
                    + $" set {ManagementApi.EnvironmentVariable} to its URL if it listens elsewhere. {ex.Message}",
                    ex);
            }

            lock (virtualHostsGate)
            {
                virtualHosts.Add(name);
            }
        }

        return new UriBuilder(uri) { Path = "/" + name }.Uri.AbsoluteUri;
    }

    public async ValueTask DisposeAsync()
    {
        await DeleteVirtualHostsFromEnvironmentBrokerAsync().ConfigureAwait(false);
        if (node is not null)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }

        if (container is not null)
        {
            await container.DisposeAsync().ConfigureAwait(false);
        }
    }

    public override string ToString() => Description;

    private static async Task<RabbitMqBroker> FromEnvironmentAsync(string uriText, CancellationToken ct)
    {
        var redacted = AmqpProbe.Redact(uriText);
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            throw new TestServerUnavailableException(
                $"{EnvironmentVariable} must be an amqp URI such as amqp://guest:guest@127.0.0.1:5672/, but it is '{redacted}'.");
        }

        Exception? error = null;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        do
        {
            error = await AmqpProbe.TryConnectAsync(uri, ct).ConfigureAwait(false);
            if (error is null)
            {
                return new RabbitMqBroker(uriText, TestServerSource.Environment, $"RabbitMQ broker from {EnvironmentVariable} ({redacted})", null, null);
            }

            await Task.Delay(500, ct).ConfigureAwait(false);
        }
        while (DateTime.UtcNow < deadline);

        throw new TestServerUnavailableException(
            $"{EnvironmentVariable} names {redacted}, but no AMQP connection could be opened to it: {error?.Message}."
            + $" Start that broker or unset {EnvironmentVariable} to let the tests start their own.",
            error);
    }

    private async Task DeleteVirtualHostsFromEnvironmentBrokerAsync()
    {
        List<string> names;
        lock (virtualHostsGate)
        {
            names = [.. virtualHosts];
            virtualHosts.Clear();
        }

        if (names.Count == 0)
        {
            return;
        }

        // Someone else's broker: leave it as we found it, as far as we can.
        using var api = new ManagementApi(new Uri(ConnectionString));
        foreach (var name in names)
        {
            try
            {
                await api.DeleteVirtualHostAsync(name, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Best effort.
            }
        }
    }

    private static async Task<PrivateRabbitMqNode> StartPrivateNodeAsync(CancellationToken ct)
    {
        try
        {
            return await PrivateRabbitMqNode.StartAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Once more with fresh ports: one picked as free may have been taken before the node bound it.
            return await PrivateRabbitMqNode.StartAsync(ct).ConfigureAwait(false);
        }
    }

    private PrivateRabbitMqNode RequireNode() =>
        node ?? throw new NotSupportedException(
            $"This broker ({Description}) cannot be stopped or restarted by the tests; only a private node can (CanRestart is false).");
}

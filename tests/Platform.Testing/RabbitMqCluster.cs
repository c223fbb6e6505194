using System.Globalization;
using Platform.Testing.Internal;

namespace Platform.Testing;

/// <summary>
/// A three-node RabbitMQ cluster of the test's own on loopback, from the locally installed <c>rabbitmq-server</c>
/// package, as a private <see cref="RabbitMqBroker"/> node is: one temp directory (a subdirectory, ports and node
/// name per node, one home with the shared Erlang cookie, one epmd on a private port), ended by a watchdog if the
/// test process dies. The second and third node join the first with <c>rabbitmqctl join_cluster</c>. A test may
/// stop any node and start it again; the others keep serving. Only private nodes can be clustered and stopped, so
/// there is no environment variable or container fallback: when <c>rabbitmq-server</c> is not installed,
/// <see cref="StartAsync"/> throws <see cref="TestServerUnavailableException"/> saying how to get it.
/// </summary>
public sealed class RabbitMqCluster : IAsyncDisposable
{
    public const int Size = 3;

    private readonly string directory;
    private readonly Watchdog watchdog;
    private readonly ServerProcess epmd;
    private readonly List<PrivateRabbitMqNode> nodes = [];

    private RabbitMqCluster(string directory, Watchdog watchdog, ServerProcess epmd)
    {
        this.directory = directory;
        this.watchdog = watchdog;
        this.epmd = epmd;
    }

    /// <summary>
    /// The amqp URI naming every node, in the order the nodes were started, e.g.
    /// <c>amqp://guest:guest@127.0.0.1:40001,127.0.0.1:40002,127.0.0.1:40003/</c>: the platform's multi-host form.
    /// </summary>
    public string ConnectionString =>
        "amqp://guest:guest@" + string.Join(',', nodes.Select(node => $"127.0.0.1:{node.AmqpPort.ToString(CultureInfo.InvariantCulture)}")) + "/";

    /// <summary>The nodes' Erlang names (<c>platform-test-…@localhost</c>), in the order of <see cref="ConnectionString"/>.</summary>
    public IReadOnlyList<string> NodeNames => [.. nodes.Select(node => node.NodeName)];

    public string Description =>
        $"private RabbitMQ cluster of {string.Join(", ", nodes.Select(node => $"{node.NodeName} at 127.0.0.1:{node.AmqpPort}"))}"
        + $" from {PrivateRabbitMqNode.ServerScript} (data in {directory})";

    /// <summary>Starts three nodes and clusters them; see the type's summary.</summary>
    /// <exception cref="TestServerUnavailableException">rabbitmq-server is not installed here.</exception>
    public static async Task<RabbitMqCluster> StartAsync(CancellationToken ct = default)
    {
        if (!PrivateRabbitMqNode.IsInstalled(out var notInstalled))
        {
            throw new TestServerUnavailableException(
                $"A RabbitMQ cluster for tests is started from private nodes only, and {notInstalled}."
                + $" Install RabbitMQ locally: sudo apt-get install -y rabbitmq-server (the tests start their nodes from"
                + $" {PrivateRabbitMqNode.ServerScript}; the system service need not run).");
        }

        try
        {
            return await StartPrivateAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Once more with fresh ports: one picked as free may have been taken before a node bound it.
            return await StartPrivateAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the node named <paramref name="nodeName"/>: its clients lose their connections, its port closes.</summary>
    public Task StopNodeAsync(string nodeName, CancellationToken ct = default) => Node(nodeName).StopAsync(ct);

    /// <summary>Starts a stopped node again (same port, same data); it rejoins the cluster by itself.</summary>
    public Task StartNodeAsync(string nodeName, CancellationToken ct = default) => Node(nodeName).RestartAsync(ct);

    /// <summary>
    /// The queues of <paramref name="virtualHost"/> as the cluster sees them, asked of a running node: name, type
    /// (<c>quorum</c> or <c>classic</c>) and, for a quorum queue, the node that leads it.
    /// </summary>
    public Task<IReadOnlyList<(string Name, string Type, string Leader)>> ListQueuesAsync(string virtualHost = "/", CancellationToken ct = default)
    {
        var running = nodes.FirstOrDefault(node => node.IsRunning)
            ?? throw new InvalidOperationException("No node of the cluster is running.");
        return running.ListQueuesAsync(virtualHost, ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }

        await epmd.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        epmd.Dispose();
        watchdog.Dispose();
        TempDirectory.TryDelete(directory);
    }

    public override string ToString() => Description;

    private static async Task<RabbitMqCluster> StartPrivateAsync(CancellationToken ct)
    {
        var directory = Directory.CreateTempSubdirectory("platform-rabbitmq-cluster-").FullName;
        var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(15));
        RabbitMqCluster? cluster = null;
        try
        {
            // Every node and rabbitmqctl reads the same cookie from the same home; Erlang insists it is private.
            var home = Directory.CreateDirectory(Path.Combine(directory, "home")).FullName;
            var cookie = Path.Combine(home, ".erlang.cookie");
            await File.WriteAllTextAsync(cookie, Guid.NewGuid().ToString("N").ToUpperInvariant(), ct).ConfigureAwait(false);
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
            }

            var epmdPort = Ports.FindFree(1)[0];
            cluster = new RabbitMqCluster(directory, watchdog, await PrivateRabbitMqNode.StartEpmdAsync(directory, epmdPort, watchdog, ct).ConfigureAwait(false));

            // The nodes boot side by side (each takes seconds), then join the first one at a time.
            var prefix = PrivateRabbitMqNode.NewNodeName().Split('@')[0];
            var starting = Enumerable.Range(0, Size)
                .Select(index => PrivateRabbitMqNode.StartMemberAsync(
                    Path.Combine(directory, $"node-{index}"), home, $"{prefix}-{index}@localhost", epmdPort, watchdog, ct))
                .ToList();
            try
            {
                await Task.WhenAll(starting).ConfigureAwait(false);
            }
            finally
            {
                cluster.nodes.AddRange(starting.Where(task => task.IsCompletedSuccessfully).Select(task => task.Result));
            }

            foreach (var member in cluster.nodes.Skip(1))
            {
                await member.JoinClusterAsync(cluster.nodes[0].NodeName, ct).ConfigureAwait(false);
            }

            return cluster;
        }
        catch
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                watchdog.Dispose();
                TempDirectory.TryDelete(directory);
            }

            throw;
        }
    }

    private PrivateRabbitMqNode Node(string nodeName) =>
        nodes.SingleOrDefault(node => node.NodeName == nodeName)
        ?? throw new ArgumentException($"{nodeName} is not a node of this cluster ({string.Join(", ", NodeNames)}).", nameof(nodeName));
}

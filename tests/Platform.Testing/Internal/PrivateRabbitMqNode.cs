using System.Globalization;

namespace Platform.Testing.Internal;

/// <summary>
/// A RabbitMQ node of its own for one test run, started from Debian's rabbitmq-server package: its own temp
/// directory (home, Erlang cookie, Mnesia data, config), free loopback ports, and its own epmd on a private port.
/// A member of a <see cref="RabbitMqCluster"/> has its own directory, ports and node name too, but shares the
/// cluster's epmd, home (so its Erlang cookie), and watchdog, which the cluster owns.
/// </summary>
internal sealed partial class PrivateRabbitMqNode : IAsyncDisposable
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly Watchdog watchdog;
    private readonly Dictionary<string, string?> environment;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly bool clusterMember;
    private ServerProcess? epmd;
    private ServerProcess? node;
    private bool disposed;

    private PrivateRabbitMqNode(
        string directory, string home, int amqpPort, int distPort, int epmdPort, string nodeName, Watchdog watchdog, bool clusterMember)
    {
        Directory = directory;
        AmqpPort = amqpPort;
        DistPort = distPort;
        EpmdPort = epmdPort;
        NodeName = nodeName;
        this.watchdog = watchdog;
        this.clusterMember = clusterMember;

        environment = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid"),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            // Under systemd the script would exec erl directly; we rely on the script handling SIGTERM.
            ["NOTIFY_SOCKET"] = null,
        };
    }

    public string Directory { get; }

    public int AmqpPort { get; }

    public int DistPort { get; }

    public int EpmdPort { get; }

    public string NodeName { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";

    public string LogPath => Path.Combine(Directory, "rabbitmq.log");

    public bool IsRunning => node is { HasExited: false };

    /// <summary>The node's server process (the leader of its session) while it runs.</summary>
    public int? ProcessId => node is { HasExited: false } ? node.Id : null;

    public static bool IsInstalled(out string reason)
    {
        if (!OperatingSystem.IsLinux())
        {
            reason = "private RabbitMQ nodes are only started on Linux";
            return false;
        }

        if (!File.Exists(ServerScript))
        {
            reason = $"RabbitMQ is not installed locally ({ServerScript} does not exist)";
            return false;
        }

        if (FindEpmd() is null)
        {
            reason = "Erlang's epmd was not found (looked in /usr/lib/erlang/bin and PATH)";
            return false;
        }

        if (Executables.Find("setsid") is null)
        {
            reason = "setsid (util-linux) was not found on PATH";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    public static async Task<PrivateRabbitMqNode> StartAsync(CancellationToken ct)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("platform-rabbitmq-").FullName;
        PrivateRabbitMqNode? node = null;
        try
        {
            var home = System.IO.Directory.CreateDirectory(Path.Combine(directory, "home")).FullName;
            await PrepareDirectoryAsync(directory, ct).ConfigureAwait(false);
            var ports = Ports.FindFree(3);
            var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(15));
            node = new PrivateRabbitMqNode(directory, home, ports[0], ports[1], ports[2], NewNodeName(), watchdog, clusterMember: false);
            node.epmd = await StartEpmdAsync(directory, node.EpmdPort, watchdog, ct).ConfigureAwait(false);
            await node.StartNodeAsync(ct).ConfigureAwait(false);
            return node;
        }
        catch
        {
            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                TempDirectory.TryDelete(directory);
            }

            throw;
        }
    }

    /// <summary>
    /// Starts a node of a cluster in <paramref name="directory"/> (created here, removed with the cluster's): it
    /// registers with the cluster's epmd on <paramref name="epmdPort"/>, takes its Erlang cookie from
    /// <paramref name="home"/>, and is watched by the cluster's <paramref name="watchdog"/>.
    /// </summary>
    public static async Task<PrivateRabbitMqNode> StartMemberAsync(
        string directory, string home, string nodeName, int epmdPort, Watchdog watchdog, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(directory);
        await PrepareDirectoryAsync(directory, ct).ConfigureAwait(false);
        var ports = Ports.FindFree(2);
        var node = new PrivateRabbitMqNode(directory, home, ports[0], ports[1], epmdPort, nodeName, watchdog, clusterMember: true);
        try
        {
            await node.StartNodeAsync(ct).ConfigureAwait(false);
            return node;
        }
        catch
        {
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A node name of its own on this machine, <c>platform-test-…@localhost</c>.</summary>
    public static string NewNodeName() => $"platform-test-{Guid.NewGuid():N}"[..22] + "@localhost";

    public async Task StopAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            await StopNodeAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task RestartAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            await StopNodeAsync(ct).ConfigureAwait(false);
            await StartNodeAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            try
            {
                await StopNodeAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                // A cluster's member leaves its epmd, watchdog and directory to the cluster.
                if (!clusterMember)
                {
                    await DisposeSurroundingsAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Starts epmd for nodes on this machine: on a private port, in the foreground, so that a node does not spawn a
    /// daemonised one that would outlive it, and so that separate test runs never share one.
    /// </summary>
    public static async Task<ServerProcess> StartEpmdAsync(string directory, int port, Watchdog watchdog, CancellationToken ct)
    {
        var epmd = ServerProcess.Start(
            [FindEpmd()!, "-port", port.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"],
            Path.Combine(directory, "epmd.log"),
            watchdog,
            Posix.SigTerm,
            directory,
            removeEnvironmentPrefixes: ["ERL_"]);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await Ports.AcceptsAsync(port, ct).ConfigureAwait(false))
        {
            if (epmd.HasExited || DateTime.UtcNow > deadline)
            {
                var output = epmd.ReadLogTail();
                await epmd.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                epmd.Dispose();
                throw new InvalidOperationException($"epmd did not listen on 127.0.0.1:{port}. Its output:\n{output}");
            }

            await Task.Delay(50, ct).ConfigureAwait(false);
        }

        return epmd;
    }

    private static async Task PrepareDirectoryAsync(string directory, CancellationToken ct)
    {
        foreach (var sub in new[] { "mnesia", "log" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(directory, sub));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty, ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "enabled_plugins"), "[].\n", ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(
            Path.Combine(directory, "rabbitmq.conf"),
            """
            # Private node for one test run. Guest may connect over loopback (the default).
            # A low disk limit keeps a nearly full /tmp from blocking publishers.
            disk_free_limit.absolute = 10MB

            """,
            ct).ConfigureAwait(false);
    }

    private async Task DisposeSurroundingsAsync()
    {
        if (epmd is not null)
        {
            await epmd.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            epmd.Dispose();
            epmd = null;
        }

        watchdog.Dispose();
        TempDirectory.TryDelete(Directory);
    }

    private static string? FindEpmd() =>
        new[] { "/usr/lib/erlang/bin/epmd", "/usr/bin/epmd" }.FirstOrDefault(File.Exists) ?? Executables.Find("epmd");

    private async Task StartNodeAsync(CancellationToken ct)
    {
        node = ServerProcess.Start(
            [ServerScript],
            LogPath,
            watchdog,
            Posix.SigTerm,
            Directory,
            environment,
            removeEnvironmentPrefixes: ["RABBITMQ_", "ERL_"]);
        await WaitForAmqpAsync(ct).ConfigureAwait(false);
    }

    private async Task WaitForAmqpAsync(CancellationToken ct)
    {
        var server = node ?? throw new InvalidOperationException($"The node {NodeName} is not running.");
        var deadline = DateTime.UtcNow + StartTimeout;
        Exception? lastError = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (server.HasExited)
            {
                throw new InvalidOperationException(
                    $"rabbitmq-server exited with code {server.ExitCode} before accepting connections. The last lines of {LogPath}:\n{server.ReadLogTail()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                await StopNodeAsync(CancellationToken.None).ConfigureAwait(false);
                throw new TimeoutException(
                    $"rabbitmq-server did not accept AMQP connections on 127.0.0.1:{AmqpPort} within {StartTimeout.TotalSeconds:0} s"
                    + $" (last error: {lastError?.Message ?? "port closed"}). The last lines of {LogPath}:\n{ServerProcess.ReadLogTail(LogPath)}",
                    lastError);
            }

            if (await Ports.AcceptsAsync(AmqpPort, ct).ConfigureAwait(false))
            {
                lastError = await AmqpProbe.TryConnectAsync(new Uri(ConnectionString), ct).ConfigureAwait(false);
                if (lastError is null)
                {
                    return;
                }
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    private async Task StopNodeAsync(CancellationToken ct)
    {
        if (node is null)
        {
            return;
        }

        await node.StopAsync(StopGrace).ConfigureAwait(false);
        node.Dispose();
        node = null;
        await Ports.WaitUntilClosedAsync(AmqpPort, TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
    }
}

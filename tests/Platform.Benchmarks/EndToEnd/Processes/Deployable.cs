using System.Globalization;
using Platform.Testing.Internal;

namespace Platform.Benchmarks.EndToEnd.Processes;

/// <summary>
/// One deployable running as its own process from its build output, as a deployment runs it: the
/// executable, its configuration in environment variables, its own loopback port. It is started as
/// the leader of a session of its own, like the test servers, so that stopping it ends everything it
/// started, and the run's watchdog ends it if the benchmark dies without stopping it.
/// </summary>
internal sealed class Deployable
{
    // Variables of the benchmark's own environment that would configure a deployable behind the run's back.
    private static readonly string[] InheritedConfiguration = ["ASPNETCORE_", "DOTNET_ENVIRONMENT", "OTEL_", "ConnectionStrings__", "Authentication__", "PLATFORM_"];

    private readonly IReadOnlyList<string> _command;
    private readonly string _workingDirectory;
    private readonly Watchdog _watchdog;
    private readonly string _logPath;
    private ServerProcess? _process;

    private Deployable(string name, int port, IReadOnlyList<string> command, string workingDirectory, Dictionary<string, string?> environment, Watchdog watchdog, string logPath)
    {
        Name = name;
        Port = port;
        _command = command;
        _workingDirectory = workingDirectory;
        Environment = environment;
        _watchdog = watchdog;
        _logPath = logPath;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The configuration it was started with; <see cref="RestartAsync"/> may change it.</summary>
    public Dictionary<string, string?> Environment { get; }

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} is not running.");

    /// <summary>
    /// Starts <paramref name="command"/> (an executable and its arguments) in <paramref name="workingDirectory"/>,
    /// its content root, listening on <paramref name="port"/>; its output goes to <paramref name="logPath"/>.
    /// </summary>
    public static Deployable Start(
        string name, int port, IReadOnlyList<string> command, string workingDirectory,
        IReadOnlyDictionary<string, string?> environment, Watchdog watchdog, string logPath)
    {
        var settings = new Dictionary<string, string?>(environment)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
        };
        var deployable = new Deployable(name, port, command, workingDirectory, settings, watchdog, logPath);
        deployable.Launch();
        return deployable;
    }

    /// <summary>Waits until <paramref name="path"/> answers 200, or fails with the end of the deployable's log.</summary>
    public async Task WaitUntilReadyAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process?.ExitCode} while starting. The end of its log:\n{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync(path, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = exception.Message;
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not ready at {path} within {timeout.TotalSeconds:0} s ({last}). The end of its log:\n{LogTail()}");
    }

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public long ResidentBytes() => ResidentMemory.OfProcess(ProcessId);

    /// <summary>Stops it and starts it again on the same port and data with <paramref name="changes"/> to its configuration (null removes a setting).</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string?> changes)
    {
        await StopAsync();
        foreach (var (key, value) in changes)
        {
            Environment[key] = value;
        }

        Launch();
    }

    /// <summary>SIGTERM, a graceful shutdown; what is still running after ten seconds is killed.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await _process.StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
        _process = null;
    }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Kills it and everything it started outright (SIGKILL: no shutdown, as a crash or the OOM killer ends a process).</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        await _process.KillAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts it again, after <see cref="KillAsync"/> or <see cref="StopAsync"/>, on its port, data and configuration.</summary>
    public void Start()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException($"{Name} is running.");
        }

        Launch();
    }

    public string LogTail(int lines = 30) => ServerProcess.ReadLogTail(_logPath, lines);

    /// <summary>
    /// The server launcher's shell drops variables whose names it cannot hold, as those naming a cluster or
    /// a source with a hyphen (<c>ReverseProxy__Clusters__partner-liaison__...</c>): <c>env</c> sets those
    /// right before the executable starts.
    /// </summary>
    private void Launch()
    {
        var named = Environment.Where(setting => setting.Value is not null && !IsShellName(setting.Key))
            .Select(setting => $"{setting.Key}={setting.Value}")
            .ToList();
        var command = named.Count == 0 ? _command : ["env", .. named, .. _command];
        var environment = Environment.Where(setting => IsShellName(setting.Key)).ToDictionary();
        _process = ServerProcess.Start(command, _logPath, _watchdog, Posix.SigTerm, _workingDirectory, environment, InheritedConfiguration);
    }

    private static bool IsShellName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

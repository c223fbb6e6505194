using Platform.IntegrationTests.Hosting;
using Platform.Testing.Internal;

namespace Platform.Benchmarks.EndToEnd.Processes;

/// <summary>
/// What every phase of one run shares: the build output, a temporary folder for databases and logs, the
/// watchdog that ends every process the run started if the benchmark itself dies, and the token
/// settings every deployable is started with (a random key per run, as in the tests).
/// </summary>
internal sealed class RunEnvironment : IAsyncDisposable
{
    private readonly List<Deployable> _started = [];
    private readonly Lock _gate = new();

    private RunEnvironment(BuildOutput build, string directory, Watchdog watchdog, TextWriter progress, CancellationToken cancellationToken)
    {
        Build = build;
        Directory = directory;
        Watchdog = watchdog;
        Progress = progress;
        CancellationToken = cancellationToken;
    }

    public BuildOutput Build { get; }

    public string Directory { get; }

    public Watchdog Watchdog { get; }

    public TestTokens Tokens { get; } = new();

    /// <summary>Where the phases say what they are doing (standard error: the table alone goes to standard output).</summary>
    public TextWriter Progress { get; }

    public CancellationToken CancellationToken { get; }

    public static RunEnvironment Create(TextWriter progress, CancellationToken cancellationToken)
    {
        var build = BuildOutput.OfThisBenchmark();
        var directory = System.IO.Directory.CreateTempSubdirectory("platform-bench-").FullName;
        // Ends every session it tracks, and removes the folder, within seconds of the benchmark's death.
        var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(10));
        return new RunEnvironment(build, directory, watchdog, progress, cancellationToken);
    }

    public static int FreePort() => Ports.FindFree(1)[0];

    /// <summary>Starts the executable built from <paramref name="projectDirectory"/> with <paramref name="environment"/>.</summary>
    public Deployable StartDeployable(string name, string projectDirectory, string assemblyName, IReadOnlyDictionary<string, string?> environment, int? port = null)
    {
        var (executable, directory) = Build.Executable(projectDirectory, assemblyName);
        return Track(Deployable.Start(name, port ?? FreePort(), [executable], directory, environment, Watchdog, LogPath(name)));
    }

    /// <summary>Starts this benchmark's own executable as the helper server <paramref name="name"/> (<c>trivial-backend</c>, <c>bare-proxy</c>).</summary>
    public Deployable StartHelper(string name, IReadOnlyList<string> arguments)
    {
        var (executable, directory) = Build.Executable("tests/Platform.Benchmarks", "Platform.Benchmarks");
        return Track(Deployable.Start(name, FreePort(), [executable, name, .. arguments], directory, new Dictionary<string, string?>(), Watchdog, LogPath(name)));
    }

    public async Task StopAsync(Deployable deployable)
    {
        await deployable.StopAsync();
        lock (_gate)
        {
            _started.Remove(deployable);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Deployable> left;
        lock (_gate)
        {
            left = [.. _started];
            _started.Clear();
        }

        await Task.WhenAll(left.Select(deployable => deployable.StopAsync()));
        Watchdog.Dispose();
        TempDirectory.TryDelete(Directory);
    }

    /// <summary>A log of its own per process started, also when a name comes again (the same service on another store).</summary>
    private string LogPath(string name)
    {
        var logs = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "logs")).FullName;
        var path = Path.Combine(logs, $"{name}.log");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(logs, $"{name}-{n}.log");
        }

        File.WriteAllText(path, "");
        return path;
    }

    private Deployable Track(Deployable deployable)
    {
        lock (_gate)
        {
            _started.Add(deployable);
        }

        return deployable;
    }
}

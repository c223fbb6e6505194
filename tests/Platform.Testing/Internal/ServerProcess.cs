using System.Diagnostics;

namespace Platform.Testing.Internal;

/// <summary>
/// A server process started as the leader of a new session (via setsid), with stdin from /dev/null and its
/// output appended to a log file, so that it and everything it spawns can be found and ended together.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    // setsid runs in place (the child of Process.Start is no process-group leader), and sh execs the server,
    // so the pid .NET sees is the server's pid and its session id.
    private const string Launcher = "log=$1; shift; exec \"$@\" </dev/null >>\"$log\" 2>&1";

    private readonly Process process;
    private readonly Watchdog watchdog;

    private ServerProcess(Process process, Watchdog watchdog, string logPath, int stopSignal)
    {
        this.process = process;
        this.watchdog = watchdog;
        LogPath = logPath;
        StopSignal = stopSignal;
    }

    public int Id => process.Id;

    public string LogPath { get; }

    public int StopSignal { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ServerProcess Start(
        IReadOnlyList<string> command,
        string logPath,
        Watchdog watchdog,
        int stopSignal,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        IEnumerable<string>? removeEnvironmentPrefixes = null)
    {
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add("sh");
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(Launcher);
        startInfo.ArgumentList.Add("sh");
        startInfo.ArgumentList.Add(logPath);
        foreach (var part in command)
        {
            startInfo.ArgumentList.Add(part);
        }

        CommandRunner.ApplyEnvironment(startInfo, environment, removeEnvironmentPrefixes);

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        watchdog.Track(process.Id, stopSignal);
        return new ServerProcess(process, watchdog, logPath, stopSignal);
    }

    /// <summary>
    /// Sends the stop signal, waits up to <paramref name="grace"/> for the server to exit, then kills whatever
    /// is left in its session.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        var leaderExited = process.HasExited;
        if (!leaderExited)
        {
            Posix.Signal(process.Id, StopSignal);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                leaderExited = true;
            }
            catch (OperationCanceledException)
            {
                // Did not stop in time: kill it and everything it started.
            }
        }

        if (leaderExited)
        {
            // Children normally go with their leader; give stragglers a moment before killing them.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
            while (Posix.LiveProcessTree(process.Id).Count > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }

        await KillAsync();
    }

    /// <summary>Kills the server and everything in its session outright (SIGKILL, no shutdown), and waits until they are gone.</summary>
    public async Task KillAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var left = Posix.LiveProcessTree(process.Id);
            if (left.Count == 0)
            {
                break;
            }

            foreach (var pid in left)
            {
                Posix.Signal(pid, Posix.SigKill);
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        if (!process.HasExited)
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        watchdog.Untrack(process.Id);
    }

    /// <summary>The last lines of the server's log, for error messages.</summary>
    public string ReadLogTail(int lines = 40) => ReadLogTail(LogPath, lines);

    public static string ReadLogTail(string path, int lines = 40)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines)).TrimEnd();
        }
        catch (IOException ex)
        {
            return $"(no log: {ex.Message})";
        }
    }

    public void Dispose() => process.Dispose();
}

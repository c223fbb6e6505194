using System.Diagnostics;
using System.Globalization;

namespace Platform.Testing.Internal;

/// <summary>
/// A small shell loop, in a session of its own, that polls the test process. When the test process is gone
/// (killed, crashed, or exited without disposing the server) it signals every tracked server session, waits a
/// grace period, kills what is left and removes the server's directory. Normal disposal kills the watchdog.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    // $1: pid to watch, $2: server directory (holds .watchdog: "<session leader pid> <signal>" lines), $3: grace seconds.
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        trap '' INT HUP
        alive() {
          if [ -r "/proc/$1/stat" ]; then
            s=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
            [ -n "$s" ] && [ "$s" != Z ]
          else
            kill -0 "$1" 2>/dev/null
          fi
        }
        while alive "$1"; do sleep 1; done
        f="$2/.watchdog"
        if [ -f "$f" ]; then
          while read -r p s; do kill -"$s" "$p" 2>/dev/null; done < "$f"
          i=0
          while [ "$i" -lt "$3" ]; do
            left=0
            while read -r p s; do kill -0 -"$p" 2>/dev/null && left=1; done < "$f"
            [ "$left" = 0 ] && break
            sleep 1
            i=$((i+1))
          done
          while read -r p s; do kill -KILL -"$p" 2>/dev/null; done < "$f"
        fi
        rm -rf "$2"
        """;

    private readonly Process process;
    private readonly string stateFile;
    private readonly Dictionary<int, int> tracked = [];
    private readonly Lock gate = new();

    private Watchdog(Process process, string directory)
    {
        this.process = process;
        Directory = directory;
        stateFile = Path.Combine(directory, ".watchdog");
    }

    public string Directory { get; }

    public int Id => process.Id;

    public static Watchdog Start(string directory, TimeSpan grace, int? watchedPid = null)
    {
        var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "sh", "-c", Script, "platform-test-watchdog",
                     (watchedPid ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture),
                     directory,
                     ((int)Math.Ceiling(grace.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the watchdog shell.");
        return new Watchdog(process, directory);
    }

    /// <summary>Registers a server session: on test-process death it gets <paramref name="signal"/>, later SIGKILL.</summary>
    public void Track(int sessionLeader, int signal)
    {
        lock (gate)
        {
            tracked[sessionLeader] = signal;
            Save();
        }
    }

    public void Untrack(int sessionLeader)
    {
        lock (gate)
        {
            if (tracked.Remove(sessionLeader))
            {
                Save();
            }
        }
    }

    public void Dispose()
    {
        Posix.Signal(-process.Id, Posix.SigKill);
        process.WaitForExit(2000);
        process.Dispose();
    }

    private void Save()
    {
        var temp = stateFile + ".new";
        File.WriteAllLines(temp, tracked.Select(t => $"{t.Key} {Posix.SignalName(t.Value)}"));
        File.Move(temp, stateFile, overwrite: true);
    }
}

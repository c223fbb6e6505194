using System.Globalization;
using Npgsql;

namespace Platform.Testing.Internal;

/// <summary>
/// A PostgreSQL cluster of its own for one test run, from the locally installed server binaries
/// (/usr/lib/postgresql/N/bin, highest N): initdb into a temp directory, postgres in the foreground on a free
/// loopback port with durability switched off unless asked to keep it. As root, both run as the postgres user.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    public const string BinariesRoot = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Watchdog watchdog;
    private ServerProcess? server;
    private bool disposed;

    private PrivatePostgres(string directory, string binDirectory, int port, bool durable, Watchdog watchdog)
    {
        Durable = durable;
        Directory = directory;
        BinDirectory = binDirectory;
        Port = port;
        this.watchdog = watchdog;
    }

    public string Directory { get; }

    public string BinDirectory { get; }

    public int Port { get; }

    /// <summary>Whether the server keeps fsync, synchronous commit and full page writes (PostgreSQL's defaults).</summary>
    public bool Durable { get; }

    public string LogPath => Path.Combine(Directory, "postgres.log");

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = "postgres",
        Username = "postgres",
    }.ConnectionString;

    public static bool IsInstalled(out string binDirectory, out string reason)
    {
        binDirectory = string.Empty;
        if (!OperatingSystem.IsLinux())
        {
            reason = "private PostgreSQL servers are only started on Linux";
            return false;
        }

        var found = FindBinDirectory();
        if (found is null)
        {
            reason = $"PostgreSQL is not installed locally (no {BinariesRoot}/<version>/bin with initdb and postgres)";
            return false;
        }

        if (Executables.Find("setsid") is null)
        {
            reason = "setsid (util-linux) was not found on PATH";
            return false;
        }

        if (Posix.IsRoot)
        {
            if (Posix.FindUser(ServiceUser) is null)
            {
                reason = $"running as root, but there is no '{ServiceUser}' user to run PostgreSQL as";
                return false;
            }

            if (Executables.Find("setpriv") is null && Executables.Find("runuser") is null)
            {
                reason = "running as root, but neither setpriv nor runuser was found to run PostgreSQL as the postgres user";
                return false;
            }
        }

        binDirectory = found;
        reason = string.Empty;
        return true;
    }

    public static async Task<PrivatePostgres> StartAsync(string binDirectory, bool durable, CancellationToken ct)
    {
        // As root the server runs as postgres, which must reach the directory: /tmp rather than a private TMPDIR.
        // A short path also keeps the Unix socket path under its length limit.
        var directory = OperatingSystem.IsLinux() && Posix.IsRoot && System.IO.Directory.Exists("/tmp")
            ? System.IO.Directory.CreateDirectory($"/tmp/platform-postgres-{Guid.NewGuid():N}"[..36], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName
            : System.IO.Directory.CreateTempSubdirectory("platform-postgres-").FullName;
        PrivatePostgres? instance = null;
        try
        {
            if (Posix.IsRoot)
            {
                var (uid, gid) = Posix.FindUser(ServiceUser)!.Value;
                Posix.ChangeOwner(directory, uid, gid);
            }

            var port = Ports.FindFree(1)[0];
            var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(10));
            instance = new PrivatePostgres(directory, binDirectory, port, durable, watchdog);
            await instance.InitDbAsync(ct).ConfigureAwait(false);
            await instance.StartServerAsync(ct).ConfigureAwait(false);
            return instance;
        }
        catch
        {
            if (instance is not null)
            {
                await instance.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                TempDirectory.TryDelete(directory);
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            if (server is not null)
            {
                // SIGINT: fast shutdown (disconnects clients, no checkpoint wait worth mentioning with fsync off).
                await server.StopAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                server.Dispose();
                server = null;
            }
        }
        finally
        {
            watchdog.Dispose();
            TempDirectory.TryDelete(Directory);
        }
    }

    private static string? FindBinDirectory()
    {
        if (!System.IO.Directory.Exists(BinariesRoot))
        {
            return null;
        }

        return System.IO.Directory.EnumerateDirectories(BinariesRoot)
            .Select(dir => (Dir: dir, Version: Version.TryParse(AsVersion(Path.GetFileName(dir)), out var v) ? v : null))
            .Where(x => x.Version is not null)
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "bin"))
            .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")));

        static string AsVersion(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";
    }

    /// <summary>The command prefix that runs a program as the postgres user when we are root.</summary>
    private static List<string> AsServiceUser(string program, params string[] arguments)
    {
        var command = new List<string>();
        if (Posix.IsRoot)
        {
            if (Executables.Find("setpriv") is { } setpriv)
            {
                command.AddRange([setpriv, $"--reuid={ServiceUser}", $"--regid={ServiceUser}", "--init-groups", "--"]);
            }
            else
            {
                command.AddRange([Executables.Find("runuser")!, "-u", ServiceUser, "--"]);
            }
        }

        command.Add(program);
        command.AddRange(arguments);
        return command;
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        var data = Path.Combine(Directory, "data");
        string output = string.Empty;

        // C.UTF-8 is what Debian clusters use; fall back to C where that locale does not exist.
        foreach (var locale in new[] { "C.UTF-8", "C" })
        {
            var command = AsServiceUser(
                Path.Combine(BinDirectory, "initdb"),
                "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", $"--locale={locale}", "--no-sync", "--no-instructions");
            (var exitCode, output) = await CommandRunner.RunAsync(command, Directory, TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
            if (exitCode == 0)
            {
                return;
            }

            TempDirectory.TryDelete(data);
        }

        throw new InvalidOperationException($"initdb failed:\n{output.TrimEnd()}");
    }

    private async Task StartServerAsync(CancellationToken ct)
    {
        string[] durability = Durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
        server = ServerProcess.Start(
            AsServiceUser(
                Path.Combine(BinDirectory, "postgres"),
                [
                    "-D", Path.Combine(Directory, "data"),
                    "-p", Port.ToString(CultureInfo.InvariantCulture),
                    "-k", Directory,
                    "-c", "listen_addresses=127.0.0.1",
                    .. durability,
                    "-c", "max_connections=200",
                ]),
            LogPath,
            watchdog,
            Posix.SigInt,
            Directory,
            removeEnvironmentPrefixes: ["PG"]);

        var deadline = DateTime.UtcNow + StartTimeout;
        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        Exception? lastError = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (server.HasExited)
            {
                throw new InvalidOperationException(
                    $"postgres exited with code {server.ExitCode} before accepting connections. The last lines of {LogPath}:\n{server.ReadLogTail()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"postgres did not accept connections on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds:0} s"
                    + $" (last error: {lastError?.Message}). The last lines of {LogPath}:\n{server.ReadLogTail()}",
                    lastError);
            }

            if (await Ports.AcceptsAsync(Port, ct).ConfigureAwait(false))
            {
                try
                {
                    await using var connection = new NpgsqlConnection(probe);
                    await connection.OpenAsync(ct).ConfigureAwait(false);
                    return;
                }
                catch (NpgsqlException ex)
                {
                    lastError = ex;
                }
            }

            await Task.Delay(100, ct).ConfigureAwait(false);
        }
    }
}

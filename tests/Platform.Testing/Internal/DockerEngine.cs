using System.Net.Sockets;

namespace Platform.Testing.Internal;

/// <summary>Decides cheaply whether trying Testcontainers makes sense at all.</summary>
internal static class DockerEngine
{
    /// <summary>
    /// True when DOCKER_HOST is set (Testcontainers then decides) or a local Docker socket answers a ping.
    /// Otherwise <paramref name="reason"/> says what was looked for.
    /// </summary>
    public static async Task<(bool Answers, string Reason)> ProbeAsync(CancellationToken ct)
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return (true, $"DOCKER_HOST={dockerHost}");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var runtimeDir = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var candidates = new List<string> { "/var/run/docker.sock" };
        if (!string.IsNullOrEmpty(runtimeDir))
        {
            candidates.Add(Path.Combine(runtimeDir, "docker.sock"));
        }

        if (!string.IsNullOrEmpty(home))
        {
            candidates.Add(Path.Combine(home, ".docker", "run", "docker.sock"));
            candidates.Add(Path.Combine(home, ".docker", "desktop", "docker.sock"));
        }

        foreach (var socketPath in candidates.Where(File.Exists))
        {
            if (await PingAsync(socketPath, ct).ConfigureAwait(false))
            {
                return (true, $"Docker engine at {socketPath}");
            }
        }

        return (false, $"no Docker engine answers (DOCKER_HOST is not set; checked {string.Join(", ", candidates)})");
    }

    private static async Task<bool> PingAsync(string socketPath, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), timeout.Token).ConfigureAwait(false);
            await socket.SendAsync("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var buffer = new byte[512];
            var read = await socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
            return read > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }
}

using DotNet.Testcontainers.Containers;

namespace Platform.Testing.Internal;

/// <summary>
/// The order every test server is looked for in, after the environment variable: a private
/// server from the locally installed binaries, then a container when a Docker engine answers.
/// Each way that fails says why, so that when none works the error names them all and how to
/// get one.
/// </summary>
internal sealed class ServerSearch<TServer>(string environmentVariable, CancellationToken ct)
    where TServer : class
{
    private readonly List<string> _tried = [$"{environmentVariable} is not set"];
    private Exception? _failure;

    /// <summary>Starts a private server when its binaries are installed; null when that cannot be.</summary>
    public async Task<TServer?> PrivateAsync(bool installed, string notInstalled, string what, Func<Task<TServer>> start)
    {
        if (!installed)
        {
            _tried.Add(notInstalled);
            return null;
        }

        try
        {
            return await start().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _failure = ex;
            _tried.Add($"{what} failed to start: {ex.Message}");
            return null;
        }
    }

    /// <summary>Starts <paramref name="image"/> when a Docker engine answers; null when that cannot be.</summary>
    public async Task<TServer?> ContainerAsync<TContainer>(string image, Func<TContainer> build, Func<TContainer, string, TServer> server)
        where TContainer : IContainer
    {
        var (dockerAnswers, dockerReason) = await DockerEngine.ProbeAsync(ct).ConfigureAwait(false);
        if (!dockerAnswers)
        {
            _tried.Add(dockerReason);
            return null;
        }

        var started = build();
        try
        {
            await started.StartAsync(ct).ConfigureAwait(false);
            return server(started, dockerReason);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await started.DisposeAsync().ConfigureAwait(false);
            _failure ??= ex;
            _tried.Add($"a {image} container failed to start ({dockerReason}): {ex.Message}");
            return null;
        }
    }

    /// <summary>The error when no way worked: what was tried, then <paramref name="remedies"/>, one per line.</summary>
    public TestServerUnavailableException Unavailable(string what, IEnumerable<string> remedies) => new(
        $"No {what} is available for these tests.\n"
        + "Tried:\n" + string.Concat(_tried.Select(t => $"  - {t}\n"))
        + "To get one, do any of:\n"
        + string.Join(";\n", remedies.Select(remedy => $"  - {remedy}")) + ".",
        _failure);
}

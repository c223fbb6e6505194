using System.ComponentModel;
using System.Diagnostics;

namespace Platform.AppHost;

/// <summary>Tells whether a Docker engine answers, not merely whether the CLI is installed.</summary>
internal static class DockerEngine
{
    public static async Task<bool> AnswersAsync(TimeSpan timeout)
    {
        var info = new ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        try
        {
            using var docker = Process.Start(info);
            if (docker is null)
            {
                return false;
            }

            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await docker.WaitForExitAsync(deadline.Token);
                return docker.ExitCode == 0;
            }
            catch (OperationCanceledException)
            {
                // A CLI pointed at an engine that does not answer hangs rather than failing.
                docker.Kill(entireProcessTree: true);
                return false;
            }
        }
        catch (Win32Exception)
        {
            return false; // no docker CLI at all
        }
    }
}

using System.Diagnostics;
using Platform.Testing.Internal;

namespace Platform.IntegrationTests.TestServers;

public sealed class WatchdogTests
{
    [Fact]
    public async Task Servers_of_a_test_process_that_died_are_ended_and_their_directory_removed()
    {
        if (!OperatingSystem.IsLinux())
        {
            TestServerAvailability.SkipOrFail("The watchdog is used for private servers, which run on Linux only.");
        }
        var ct = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("platform-watchdog-test-").FullName;

        // Stands in for the test process: the watchdog watches it instead of us.
        using var fakeTestProcess = Process.Start(new ProcessStartInfo("sleep", "300") { UseShellExecute = false })!;
        using var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(2), fakeTestProcess.Id);
        using var server = ServerProcess.Start(["sleep", "300"], Path.Combine(directory, "server.log"), watchdog, Posix.SigTerm, directory);
        // Ignores the polite signal, so the watchdog has to escalate to SIGKILL.
        using var stubborn = ServerProcess.Start(
            ["sh", "-c", "trap '' INT; exec sleep 300"], Path.Combine(directory, "stubborn.log"), watchdog, Posix.SigInt, directory);
        await WaitUntilAsync(() => Posix.LiveProcessTree(server.Id).Count == 1 && Posix.LiveProcessTree(stubborn.Id).Count == 1, ct);

        fakeTestProcess.Kill();
        await fakeTestProcess.WaitForExitAsync(ct);

        await WaitUntilAsync(() => server.HasExited && stubborn.HasExited && !Directory.Exists(directory), ct);
    }

    [Fact]
    public async Task Stopping_a_server_that_ignores_the_stop_signal_kills_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            TestServerAvailability.SkipOrFail("Server processes are used for private servers, which run on Linux only.");
        }
        var ct = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("platform-server-process-test-").FullName;
        try
        {
            using var watchdog = Watchdog.Start(directory, TimeSpan.FromSeconds(5));
            // Ignores SIGTERM, so stopping has to escalate to SIGKILL.
            using var server = ServerProcess.Start(
                ["sh", "-c", "trap '' TERM; exec sleep 300"],
                Path.Combine(directory, "server.log"),
                watchdog,
                Posix.SigTerm,
                directory);
            await WaitUntilAsync(() => Posix.LiveProcessTree(server.Id).Count == 1, ct);

            await server.StopAsync(TimeSpan.FromSeconds(1));

            Assert.True(server.HasExited);
            Assert.Empty(Posix.LiveProcessTree(server.Id));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 20 s");
            await Task.Delay(100, ct);
        }
    }
}

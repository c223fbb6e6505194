using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// What a test does when the server it needs cannot be had: on CI (<c>CI=true</c>) it fails, so that a broken
/// pipeline is never green by skipping; on a developer's machine it is skipped with the reason.
/// </summary>
public static class TestServerAvailability
{
    /// <summary>True when the environment variable <c>CI</c> is <c>true</c> (or <c>1</c>).</summary>
    public static bool IsContinuousIntegration
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("CI");
            return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
        }
    }

    /// <summary>Ends the current test: <c>Assert.Fail(reason)</c> on CI, else <c>Assert.Skip(reason)</c>.</summary>
    [DoesNotReturn]
    public static void SkipOrFail(string reason)
    {
        if (IsContinuousIntegration)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// Starts a server for one test (e.g. <c>RabbitMqBroker.StartAsync</c>); when none can be had the test is
    /// skipped, or failed on CI, with the reason.
    /// </summary>
    public static async Task<T> StartOrSkipAsync<T>(Func<CancellationToken, Task<T>> start, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            return await start(ct).ConfigureAwait(false);
        }
        catch (TestServerUnavailableException ex)
        {
            SkipOrFail(ex.Message);
            throw;
        }
    }

    /// <summary>
    /// A RabbitMQ broker of the test's own that it may stop and restart (stopping the shared one would
    /// break the other tests); when none can be had, or this one cannot be restarted, the test is
    /// skipped, or failed on CI, with the reason.
    /// </summary>
    public static async Task<RabbitMqBroker> StartRestartableRabbitMqOrSkipAsync(CancellationToken ct = default)
    {
        var broker = await StartOrSkipAsync(RabbitMqBroker.StartAsync, ct).ConfigureAwait(false);
        if (!broker.CanRestart)
        {
            var description = broker.Description;
            await broker.DisposeAsync().ConfigureAwait(false);
            SkipOrFail($"This test stops and restarts its broker; {description} cannot be restarted.");
        }

        return broker;
    }

    internal static void Report(string message)
    {
        var line = $"[Platform.Testing] {message}";
        Console.Error.WriteLine(line);
        try
        {
            TestContext.Current.SendDiagnosticMessage(line);
        }
        catch (InvalidOperationException)
        {
            // No xunit context (e.g. used outside a test run): stderr is enough.
        }
    }
}

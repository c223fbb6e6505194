using Xunit;

namespace Platform.Testing;

/// <summary>
/// One RabbitMQ broker shared by a test assembly:
/// <c>[assembly: AssemblyFixture(typeof(SharedRabbitMq))]</c>, then take <see cref="SharedRabbitMq"/> as a
/// constructor parameter and use <see cref="Broker"/>. Starting never throws: when no broker can be had, each
/// test that touches <see cref="Broker"/> is skipped (failed on CI) with the reason. Do not stop or restart the
/// shared broker; a test that needs that starts a <see cref="RabbitMqBroker"/> of its own.
/// </summary>
public sealed class SharedRabbitMq : IAsyncLifetime
{
    private RabbitMqBroker? broker;
    private string unavailableReason = "The shared RabbitMQ broker has not been started (is SharedRabbitMq registered as an assembly fixture?).";

    /// <summary>The shared broker; skips (on CI: fails) the calling test when there is none.</summary>
    public RabbitMqBroker Broker
    {
        get
        {
            if (broker is null)
            {
                TestServerAvailability.SkipOrFail(unavailableReason);
            }

            return broker;
        }
    }

    /// <summary>True when a broker was started.</summary>
    public bool IsAvailable => broker is not null;

    /// <summary>Why there is no broker, or null when there is one.</summary>
    public string? UnavailableReason => broker is null ? unavailableReason : null;

    public async ValueTask InitializeAsync()
    {
        try
        {
            broker = await RabbitMqBroker.StartAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
            TestServerAvailability.Report($"RabbitMQ: {broker.Description}");
        }
        catch (Exception ex)
        {
            unavailableReason = ex is TestServerUnavailableException ? ex.Message : $"Starting the shared RabbitMQ broker failed: {ex}";
            TestServerAvailability.Report($"RabbitMQ unavailable: {unavailableReason}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (broker is not null)
        {
            await broker.DisposeAsync().ConfigureAwait(false);
            broker = null;
        }
    }
}

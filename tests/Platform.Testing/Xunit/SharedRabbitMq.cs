namespace Platform.Testing;

/// <summary>
/// One RabbitMQ broker shared by a test assembly:
/// <c>[assembly: AssemblyFixture(typeof(SharedRabbitMq))]</c>, then take <see cref="SharedRabbitMq"/> as a
/// constructor parameter and use <see cref="Broker"/>. When no broker can be had, each
/// test that touches <see cref="Broker"/> is skipped (failed on CI) with the reason. Do not stop or restart the
/// shared broker; a test that needs that starts a <see cref="RabbitMqBroker"/> of its own.
/// </summary>
public sealed class SharedRabbitMq() : SharedTestServer<RabbitMqBroker>("RabbitMQ broker")
{
    /// <summary>The shared broker; skips (on CI: fails) the calling test when there is none.</summary>
    public RabbitMqBroker Broker => Started;

    protected override Task<RabbitMqBroker> StartAsync(CancellationToken cancellationToken) => RabbitMqBroker.StartAsync(cancellationToken);

    protected override string Describe(RabbitMqBroker broker) => broker.Description;
}

using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Reporting.ReadModel;

/// <summary>
/// Endpoint policy every read-model consumer shares: the platform's one consumer retry policy
/// (<see cref="ConsumerRetry"/>), then the endpoint's <c>_error</c> queue; and many messages in
/// hand at once, so that their writes share commits (each still in its own inbox transaction).
/// </summary>
public class ReadModelConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>Messages consumed at once on one endpoint.</summary>
    public const int Concurrency = 32;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = Concurrency * 2;
        endpointConfigurator.ConcurrentMessageLimit = Concurrency;
        endpointConfigurator.UseConsumerRetry();
    }
}

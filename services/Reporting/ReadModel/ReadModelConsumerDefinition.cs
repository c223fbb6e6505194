using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Reporting.ReadModel;

/// <summary>
/// Endpoint policy every read-model consumer shares: the platform's one consumer retry policy
/// (<see cref="ConsumerRetry"/>), then the endpoint's <c>_error</c> queue.
/// </summary>
public class ReadModelConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseConsumerRetry();
    }
}

using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Reporting.ReadModel;

/// <summary>
/// Endpoint policy every read-model consumer shares: transient failures (a locked database, a
/// dropped connection) get a few quick retries; what still fails lands in the endpoint's _error queue.
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

using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Reporting.ReadModel;

/// <summary>
/// Endpoint policy every read-model consumer shares: the platform's one consumer retry policy
/// (<see cref="ConsumerRetry"/>), then the endpoint's <c>_error</c> queue.
/// </summary>
/// <remarks>
/// Sixteen messages are consumed at once, each in its own transaction; more wait prefetched in
/// the service, so that the next ones are at hand the moment a commit acknowledges the last,
/// rather than one broker round trip later. Two versions of one item consumed together are
/// ordered by the records' version tokens (see <see cref="NewerVersions"/>).
/// </remarks>
public class ReadModelConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private const int Concurrency = 16;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.ConcurrentMessageLimit = Concurrency;
        endpointConfigurator.PrefetchCount = Concurrency * 4;
        endpointConfigurator.UseConsumerRetry();
    }
}

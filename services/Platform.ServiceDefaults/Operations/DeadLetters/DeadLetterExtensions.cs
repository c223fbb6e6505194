using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

public static class DeadLetterExtensions
{
    /// <summary>
    /// What <c>/ops/dead-letters</c> needs: the record of the bus's receive endpoints (connect it
    /// with <see cref="ObserveReceiveEndpoints"/>) and a connection of its own to <paramref name="broker"/>
    /// (to one of its nodes, when it is a cluster).
    /// </summary>
    public static IServiceCollection AddDeadLetters(this IServiceCollection services, BrokerAddress broker)
    {
        services.AddSingleton<ReceiveEndpointQueues>();
        services.AddSingleton<DeadLetterQueues>();
        services.AddSingleton(provider => new OperationsBrokerConnection(broker, provider.GetRequiredService<ServiceIdentity>()));
        services.AddSingleton<DeadLetterBrowser>();
        services.AddSingleton<DeadLetterReplay>();
        return services;
    }

    /// <summary>Call before <c>ConfigureEndpoints</c>, so that every endpoint it configures is recorded.</summary>
    public static void ObserveReceiveEndpoints(this IBusFactoryConfigurator bus, IRegistrationContext context) =>
        bus.ConnectEndpointConfigurationObserver(context.GetRequiredService<ReceiveEndpointQueues>());
}

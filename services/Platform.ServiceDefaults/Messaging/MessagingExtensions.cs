using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Contracts;
using Platform.ServiceDefaults.Messaging.Inbox;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Operations.DeadLetters;

namespace Platform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionStringName = "rabbitmq";

    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:rabbitmq</c>, one node or a cluster's nodes:
    /// see <see cref="BrokerAddress"/>) with kebab-case endpoint names prefixed by the service name,
    /// every receive endpoint on a quorum queue, publisher confirms, an inbox on every consumer and
    /// the outbox relay. Retry policy sits in each consumer's definition (<see cref="ConsumerRetry"/>); a message that still fails
    /// goes to its endpoint's <c>_error</c> queue, where operations can list and replay it
    /// (<c>/ops/dead-letters</c>). Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var identity = ServiceIdentity.Of(builder);
        var broker = BrokerAddress.Parse(
            builder.Configuration.GetConnectionString(ConnectionStringName), $"ConnectionStrings:{ConnectionStringName}");

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(identity.Name, includeNamespace: false));
            // MassTransit would otherwise report usage to its vendor's server, from every deployable.
            bus.DisableUsageTelemetry();
            addConsumers?.Invoke(bus);
            // Quorum queues are replicated across a cluster's nodes, so a node that goes takes no
            // message with it; on a single node they behave as durable queues. The endpoint's
            // _error and _skipped queues are declared with the same arguments, so they are quorum
            // queues too. The bus's own temporary endpoint is not configured here and stays a
            // classic auto-delete queue, which a quorum queue cannot be.
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Primary, host =>
                {
                    host.PublisherConfirmation = true;
                    if (broker.IsCluster)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in broker.Nodes)
                            {
                                cluster.Node(node.ToString());
                            }
                        });
                    }
                });
                // How the relay orders an item's events, not a contract: no exchange of its own.
                rabbit.Publish<IItemEvent>(topology => topology.Exclude = true);
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ObserveReceiveEndpoints(context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.SectionName));
        builder.Services.AddScoped<IOutbox, Outbox.Outbox>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddHostedService<InboxCleaner>();
        builder.Services.AddDeadLetters(broker);
        return builder;
    }
}

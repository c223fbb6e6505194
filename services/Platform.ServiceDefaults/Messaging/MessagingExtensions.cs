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
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:rabbitmq</c>) with kebab-case endpoint names
    /// prefixed by the service name, publisher confirms, an inbox on every consumer and the
    /// outbox relay. Retry policy sits in each consumer's definition (<see cref="ConsumerRetry"/>); a message that still fails
    /// goes to its endpoint's <c>_error</c> queue, where operations can list and replay it
    /// (<c>/ops/dead-letters</c>). Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var identity = ServiceIdentity.Of(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} must name the RabbitMQ broker (amqp://user:password@host:5672/vhost).");

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(identity.Name, includeNamespace: false));
            // MassTransit would otherwise report usage to its vendor's server, from every deployable.
            bus.DisableUsageTelemetry();
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
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
        builder.Services.AddDeadLetters(new Uri(connectionString));
        return builder;
    }
}

using MassTransit;
using Platform.Contracts.Partners;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Conventions.Partners;

/// <summary>Keeps the local partner replica at the newest version each partner event carries.</summary>
public sealed class PartnerDirectoryConsumer(ConventionDbContext db) : IConsumer<PartnerRegistered>, IConsumer<PartnerChanged>
{
    public Task Consume(ConsumeContext<PartnerRegistered> context) => KnownPartners.ApplyAsync(db, context.Message.Partner, context.CancellationToken);

    public Task Consume(ConsumeContext<PartnerChanged> context) => KnownPartners.ApplyAsync(db, context.Message.Partner, context.CancellationToken);
}

public sealed class PartnerDirectoryConsumerDefinition : ConsumerDefinition<PartnerDirectoryConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PartnerDirectoryConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseConsumerRetry();
    }
}

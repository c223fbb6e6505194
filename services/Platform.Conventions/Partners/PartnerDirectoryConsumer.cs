using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Partners;
using Platform.Conventions.Persistence;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Conventions.Partners;

/// <summary>Keeps the local partner replica at the newest version each partner event carries.</summary>
public sealed class PartnerDirectoryConsumer(ConventionDbContext db) : IConsumer<PartnerRegistered>, IConsumer<PartnerChanged>
{
    public Task Consume(ConsumeContext<PartnerRegistered> context) => ApplyAsync(context.Message.Partner, context.CancellationToken);

    public Task Consume(ConsumeContext<PartnerChanged> context) => ApplyAsync(context.Message.Partner, context.CancellationToken);

    private async Task ApplyAsync(PartnerSnapshot partner, CancellationToken cancellationToken)
    {
        var known = await db.Partners.FirstOrDefaultAsync(p => p.Id == partner.Id, cancellationToken);
        if (known is null)
        {
            known = new KnownPartner { Id = partner.Id, Name = partner.Name, Kind = partner.Kind };
            db.Partners.Add(known);
        }
        else if (known.Version >= partner.Version)
        {
            return;
        }

        known.Version = partner.Version;
        known.Name = partner.Name;
        known.Acronym = partner.Acronym;
        known.Kind = partner.Kind;
        known.ParentId = partner.ParentId;
        known.Retired = partner.Retired;
    }
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

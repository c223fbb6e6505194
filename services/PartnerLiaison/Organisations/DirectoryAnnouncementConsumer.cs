using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace PartnerLiaison.Organisations;

/// <summary>Answers <see cref="AnnouncePartnerDirectory"/> by publishing every partner, retired ones included, at its current version.</summary>
public sealed class DirectoryAnnouncementConsumer(PartnerLiaisonDbContext db, IOutbox outbox) : IConsumer<AnnouncePartnerDirectory>
{
    public async Task Consume(ConsumeContext<AnnouncePartnerDirectory> context)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(context.CancellationToken);
        foreach (var organisation in organisations)
        {
            outbox.Publish(new PartnerChanged { Partner = OrganisationRegistry.Snapshot(organisation) });
        }
    }
}

public sealed class DirectoryAnnouncementConsumerDefinition : ConsumerDefinition<DirectoryAnnouncementConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DirectoryAnnouncementConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseConsumerRetry();
    }
}

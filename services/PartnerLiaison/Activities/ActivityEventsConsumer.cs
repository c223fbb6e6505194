using MassTransit;
using Platform.Contracts.Activities;
using Platform.ServiceDefaults.Messaging;

namespace PartnerLiaison.Activities;

/// <summary>
/// Keeps the newest version of every activity the convention services announce. The inbox
/// filter around it makes a redelivered message a no-op; the version check makes an older event
/// that arrives late (a revision overtaken by a withdrawal) a no-op too.
/// </summary>
public sealed class ActivityEventsConsumer(PartnerLiaisonDbContext db)
    : IConsumer<ActivityRecorded>, IConsumer<ActivityRevised>, IConsumer<ActivityWithdrawn>
{
    public Task Consume(ConsumeContext<ActivityRecorded> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityRevised> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityWithdrawn> context) =>
        ApplyAsync(context.Message.Activity with { Withdrawn = true }, context);

    private Task ApplyAsync(ActivitySnapshot activity, ConsumeContext context) =>
        PartnerActivities.ApplyAsync(db, activity, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class ActivityEventsConsumerDefinition : ConsumerDefinition<ActivityEventsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ActivityEventsConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseConsumerRetry();
    }
}

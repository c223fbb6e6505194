using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Persistence;
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

    private async Task ApplyAsync(ActivitySnapshot activity, ConsumeContext context)
    {
        var known = await db.Activities.FirstOrDefaultAsync(a => a.ActivityId == activity.Id, context.CancellationToken);
        if (known is null)
        {
            known = new PartnerActivity
            {
                ActivityId = activity.Id,
                Convention = activity.Convention,
                Title = activity.Title,
                Type = activity.Type,
                Status = activity.Status,
            };
            db.Activities.Add(known);
        }
        else if (known.Version >= activity.Version)
        {
            return;
        }

        known.Apply(activity, context.MessageId ?? Guid.Empty);
    }
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

using MassTransit;
using Platform.Contracts.Activities;

namespace Reporting.ReadModel.Activities;

/// <summary>
/// Keeps the newest version of each activity. The inbox filter around it makes a redelivered
/// message a no-op; the version check makes an older event that arrives late a no-op too.
/// </summary>
public sealed class ActivityEventsConsumer(ReportingDbContext db, TimeProvider clock)
    : IConsumer<ActivityRecorded>, IConsumer<ActivityRevised>, IConsumer<ActivityWithdrawn>
{
    public Task Consume(ConsumeContext<ActivityRecorded> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityRevised> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityWithdrawn> context) => ApplyAsync(context.Message.Activity, context);

    private Task ApplyAsync(ActivitySnapshot activity, ConsumeContext context) =>
        ActivityRecords.ApplyAsync(db, activity, context.MessageId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime, context.CancellationToken);
}

public sealed class ActivityEventsConsumerDefinition : ReadModelConsumerDefinition<ActivityEventsConsumer>;

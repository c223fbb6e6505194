using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Activities;
using Reporting.Persistence;

namespace Reporting.Activities;

/// <summary>
/// Keeps the newest version of each activity. The inbox filter around it makes a redelivered
/// message a no-op; the version check makes an older event that arrives late a no-op too.
/// </summary>
public sealed class ActivityEventsConsumer(ReportingDbContext db)
    : IConsumer<ActivityRecorded>, IConsumer<ActivityRevised>, IConsumer<ActivityWithdrawn>
{
    public Task Consume(ConsumeContext<ActivityRecorded> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityRevised> context) => ApplyAsync(context.Message.Activity, context);

    public Task Consume(ConsumeContext<ActivityWithdrawn> context) => ApplyAsync(context.Message.Activity, context);

    private async Task ApplyAsync(ActivitySnapshot activity, ConsumeContext context)
    {
        var record = await db.Activities.FirstOrDefaultAsync(a => a.ActivityId == activity.Id, context.CancellationToken);
        if (record is null)
        {
            record = new ActivityRecord
            {
                ActivityId = activity.Id,
                Convention = activity.Convention,
                Title = activity.Title,
                Type = activity.Type,
                Status = activity.Status,
            };
            db.Activities.Add(record);
        }
        else if (record.Version >= activity.Version)
        {
            return;
        }

        record.Convention = activity.Convention;
        record.Version = activity.Version;
        record.Title = activity.Title;
        record.Description = activity.Description;
        record.Type = activity.Type;
        record.Status = activity.Status;
        record.Start = activity.Start;
        record.End = activity.End;
        record.Partners = [.. activity.Partners];
        record.Mandates = [.. activity.Mandates];
        record.Conventions = [activity.Convention, .. activity.Participants.Where(p => p.Status == "accepted").Select(p => p.Convention)];
        record.Withdrawn = activity.Withdrawn;
        record.RecordedAt = activity.RecordedAt.UtcDateTime;
        record.SourceMessageId = context.MessageId ?? Guid.Empty;
    }
}

public sealed class ActivityEventsConsumerDefinition : ConsumerDefinition<ActivityEventsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ActivityEventsConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Transient failures (a locked database, a dropped connection) get a few quick retries;
        // what still fails lands in the endpoint's _error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 1000, 2000, 5000));
    }
}

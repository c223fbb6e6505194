using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Activities;
using Reporting.Persistence;

namespace Reporting.Activities;

/// <summary>
/// Keeps the newest version of each activity. The inbox filter around it makes a redelivered
/// message a no-op; the version check makes an older event that arrives late a no-op too.
/// </summary>
public sealed class ActivityRecordedConsumer(ReportingDbContext db) : IConsumer<ActivityRecorded>
{
    public async Task Consume(ConsumeContext<ActivityRecorded> context)
    {
        var message = context.Message;
        var record = await db.Activities.FirstOrDefaultAsync(a => a.ActivityId == message.ActivityId, context.CancellationToken);
        if (record is null)
        {
            record = new ActivityRecord
            {
                ActivityId = message.ActivityId,
                Convention = message.Convention,
                Title = message.Title,
                Type = message.Type,
                Status = message.Status,
            };
            db.Activities.Add(record);
        }
        else if (record.Version >= message.Version)
        {
            return;
        }

        record.Convention = message.Convention;
        record.Version = message.Version;
        record.Title = message.Title;
        record.Description = message.Description;
        record.Type = message.Type;
        record.Status = message.Status;
        record.Start = message.Start;
        record.End = message.End;
        record.RecordedAt = message.RecordedAt.UtcDateTime;
        record.SourceMessageId = context.MessageId ?? Guid.Empty;
    }
}

public sealed class ActivityRecordedConsumerDefinition : ConsumerDefinition<ActivityRecordedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ActivityRecordedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Transient failures (a locked database, a dropped connection) get a few quick retries;
        // what still fails lands in the endpoint's _error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 1000, 2000, 5000));
    }
}

using MassTransit;

namespace Reporting.ReadModel.Partners;

/// <summary>Keeps the newest version of each partner organisation of the directory.</summary>
public sealed class PartnerEventsConsumer(ReportingDbContext db) : IConsumer<PartnerRegistered>, IConsumer<PartnerChanged>
{
    public Task Consume(ConsumeContext<PartnerRegistered> context) =>
        PartnerRecords.ApplyAsync(db, context.Message.Partner, context.MessageId ?? Guid.Empty, context.CancellationToken);

    public Task Consume(ConsumeContext<PartnerChanged> context) =>
        PartnerRecords.ApplyAsync(db, context.Message.Partner, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class PartnerEventsConsumerDefinition : ReadModelConsumerDefinition<PartnerEventsConsumer>;

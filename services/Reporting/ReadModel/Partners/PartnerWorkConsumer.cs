using MassTransit;

namespace Reporting.ReadModel.Partners;

/// <summary>Keeps the newest version of each membership, coalition, engagement and transmission the liaison team records.</summary>
public sealed class PartnerWorkConsumer(ReportingDbContext db)
    : IConsumer<MembershipChanged>, IConsumer<CoalitionChanged>,
      IConsumer<EngagementRecorded>, IConsumer<EngagementRevised>, IConsumer<EngagementWithdrawn>,
      IConsumer<TransmissionRecorded>, IConsumer<TransmissionRevised>
{
    public Task Consume(ConsumeContext<MembershipChanged> context) =>
        MembershipRecords.ApplyAsync(db, context.Message.Membership, context.MessageId ?? Guid.Empty, context.CancellationToken);

    public Task Consume(ConsumeContext<CoalitionChanged> context) =>
        CoalitionRecords.ApplyAsync(db, context.Message.Coalition, context.MessageId ?? Guid.Empty, context.CancellationToken);

    public Task Consume(ConsumeContext<EngagementRecorded> context) => ApplyAsync(context.Message.Engagement, context);

    public Task Consume(ConsumeContext<EngagementRevised> context) => ApplyAsync(context.Message.Engagement, context);

    public Task Consume(ConsumeContext<EngagementWithdrawn> context) => ApplyAsync(context.Message.Engagement, context);

    public Task Consume(ConsumeContext<TransmissionRecorded> context) => ApplyAsync(context.Message.Transmission, context);

    public Task Consume(ConsumeContext<TransmissionRevised> context) => ApplyAsync(context.Message.Transmission, context);

    private Task ApplyAsync(EngagementSnapshot engagement, ConsumeContext context) =>
        EngagementRecords.ApplyAsync(db, engagement, context.MessageId ?? Guid.Empty, context.CancellationToken);

    private Task ApplyAsync(TransmissionSnapshot transmission, ConsumeContext context) =>
        TransmissionRecords.ApplyAsync(db, transmission, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class PartnerWorkConsumerDefinition : ReadModelConsumerDefinition<PartnerWorkConsumer>;

using MassTransit;
using Platform.Contracts.Partners;
using Reporting.Persistence;
using Reporting.ReadModel;

namespace Reporting.Partners;

/// <summary>Keeps the newest version of each membership and engagement the liaison team records.</summary>
public sealed class PartnerWorkConsumer(ReportingDbContext db)
    : IConsumer<MembershipChanged>, IConsumer<EngagementRecorded>, IConsumer<EngagementRevised>, IConsumer<EngagementWithdrawn>
{
    public Task Consume(ConsumeContext<MembershipChanged> context) =>
        PartnerWorkApplier.ApplyAsync(db, context.Message.Membership, context.MessageId ?? Guid.Empty, context.CancellationToken);

    public Task Consume(ConsumeContext<EngagementRecorded> context) => ApplyAsync(context.Message.Engagement, context);

    public Task Consume(ConsumeContext<EngagementRevised> context) => ApplyAsync(context.Message.Engagement, context);

    public Task Consume(ConsumeContext<EngagementWithdrawn> context) => ApplyAsync(context.Message.Engagement, context);

    private Task ApplyAsync(EngagementSnapshot engagement, ConsumeContext context) =>
        PartnerWorkApplier.ApplyAsync(db, engagement, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class PartnerWorkConsumerDefinition : ReadModelConsumerDefinition<PartnerWorkConsumer>;
